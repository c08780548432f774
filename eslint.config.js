import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/**
 * What every file in src/ may not import: the model other than through its index (or, for the
 * parts loaded on demand, sim/onDemand.ts), and Node.
 */
const SRC_IMPORTS = [
  {
    group: ['**/sim/*', '!**/sim/index', '!**/sim/index.ts', '!**/sim/onDemand.ts'],
    message: 'Import the model through sim/index.ts (or sim/onDemand.ts).',
  },
  { group: ['node:*'], message: 'The app runs in the browser.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, svelteConfig } },
  },
  {
    // The model is pure: no DOM, no view, no Node.
    files: ['sim/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['svelte', 'svelte/*', 'd3-selection', 'd3-transition'],
              message: 'sim/ must not touch the view.',
            },
            {
              group: ['node:*', 'fs', 'path', 'process'],
              message: 'Only cli/ (and tests, bench) may use Node.',
            },
            { group: ['**/src/**', '../src/*'], message: 'Imports go one way: src -> sim.' },
            { group: ['**/cli/**', '../cli/*'], message: 'Imports go one way: cli -> sim.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process'],
    },
  },
  {
    // The app reaches the model only through its public index, and never Node.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    rules: {
      'no-restricted-imports': ['error', { patterns: SRC_IMPORTS }],
    },
  },
  {
    // Drawing takes what it draws as arguments: src/render never reaches up into the app.
    files: ['src/render/**/*.ts', 'src/render/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...SRC_IMPORTS,
            {
              group: ['**/lib/*', '**/components/*', '**/App.svelte'],
              message:
                'Imports go one way: app -> render (src/lib, src/components, src/App.svelte).',
            },
          ],
        },
      ],
    },
  },
  {
    // The command line stands beside the app: it draws with src/render, never with the app's parts.
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/lib/*', '**/src/components/*', '**/src/App.svelte'],
              message:
                'The command line uses sim/ and src/render, not the app (src/lib, src/components).',
            },
          ],
        },
      ],
    },
  },
);
