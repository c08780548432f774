import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, renameSync } from 'node:fs';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** Names the single-file build's page after what it is (after every other plugin has written it). */
function renameHtml(dir: string, name: string): Plugin {
  return {
    name: 'rename-html',
    enforce: 'post',
    closeBundle() {
      if (existsSync(`${dir}/index.html`)) renameSync(`${dir}/index.html`, `${dir}/${name}`);
    },
  };
}

export default defineConfig(({ mode }) => ({
  // `--mode offline` builds one self-contained HTML file (scripts, styles and icon inlined).
  plugins:
    mode === 'offline'
      ? [svelte(), viteSingleFile(), renameHtml('dist-offline', 'trendelenburg-lab.html')]
      : [svelte()],
  // Component tests mount Svelte in jsdom: resolve Svelte's browser build under vitest.
  ...(process.env.VITEST ? { resolve: { conditions: ['browser'] } } : {}),
  base: './',
  build: {
    outDir: mode === 'offline' ? 'dist-offline' : 'dist',
    target: 'es2022',
    assetsInlineLimit: mode === 'offline' ? 100_000_000 : 4096,
  },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/buildCli.ts'],
    environment: 'node',
    reporters: ['default'],
  },
}));
