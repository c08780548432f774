import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * The Content-Security-Policy of the built app: only its own resources, no network, no eval, no
 * inline styles. Styles come from the app's stylesheet (or, in the offline file, from inline
 * <style> elements allowed by their hashes); the style directives Svelte compiles set properties
 * through the CSSOM, which a policy does not restrict. data: images carry the icon, the PNG
 * export's drawing of the SVG and the share panel's QR code; nothing connects anywhere. No
 * frame-ancestors: the embedded figure (`?embed=1`) is made to be framed by any course page (and a
 * <meta> policy cannot set it).
 * @param scriptSrc the script sources: 'self', or the hashes of the offline file's inline scripts
 * @param styleSrc the style sources: 'self', or the hashes of the offline file's inline styles
 */
function policy(scriptSrc: string, styleSrc: string): string {
  return [
    "default-src 'none'",
    `script-src ${scriptSrc}`,
    `style-src ${styleSrc}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

const cspMeta = (scriptSrc: string, styleSrc: string) =>
  `<meta http-equiv="Content-Security-Policy" content="${policy(scriptSrc, styleSrc)}" />`;

/** SHA-256 source expressions of the contents of every `<tag>` element in `html`. */
function hashes(html: string, tag: 'script' | 'style'): string {
  const re = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)<\\/${tag}>`, 'g');
  return [...html.matchAll(re)]
    .map(
      (m) =>
        `'sha256-${createHash('sha256')
          .update(m[1] ?? '')
          .digest('base64')}'`,
    )
    .join(' ');
}

/** Adds the policy to the served build (not to the dev server, whose live reload needs more). */
function csp(): Plugin {
  return {
    name: 'csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    ${cspMeta("'self'", "'self'")}`,
        ),
    },
  };
}

/** The offline file's policy: its inline scripts and styles are allowed by their SHA-256 hashes only. */
function offlineCsp(file: string): Plugin {
  return {
    name: 'offline-csp',
    apply: 'build',
    enforce: 'post',
    closeBundle() {
      if (!existsSync(file)) return;
      const html = readFileSync(file, 'utf8').replace(
        /<meta http-equiv="Content-Security-Policy"[^>]*>/,
        '',
      );
      writeFileSync(
        file,
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />${cspMeta(hashes(html, 'script'), hashes(html, 'style') || "'none'")}`,
        ),
      );
    },
  };
}

/**
 * Keys of the data files that say where their numbers come from or what they mean: read by people,
 * not by code (the body frames of muscles.json, its muscles' names in OpenSim).
 */
const PROVENANCE_KEYS = new Set(['_about', 'source', 'licence', 'units', 'frames']);
const NESTED_PROVENANCE_KEYS = new Set(['source', '_source', 'opensimName']);

/**
 * The app's copy of the data files (data/*.json) without their provenance (source, licence, units,
 * notes): the files keep it, and no code reads it, so the first screen does not carry it.
 */
function dataWithoutProvenance(): Plugin {
  const strip = (v: unknown, top: boolean): unknown => {
    if (Array.isArray(v)) return v.map((x) => strip(x, false));
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !(top ? PROVENANCE_KEYS : NESTED_PROVENANCE_KEYS).has(k))
        .map(([k, x]) => [k, strip(x, false)]),
    );
  };
  return {
    name: 'data-without-provenance',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/data\/[^/]+\.json$/.test(id)) return null;
      return { code: JSON.stringify(strip(JSON.parse(code), true)), map: null };
    },
  };
}

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
      ? [
          svelte(),
          dataWithoutProvenance(),
          viteSingleFile(),
          renameHtml('dist-offline', 'trendelenburg-lab.html'),
          offlineCsp('dist-offline/trendelenburg-lab.html'),
        ]
      : [svelte(), dataWithoutProvenance(), csp()],
  // Component tests mount Svelte in jsdom: resolve Svelte's browser build under vitest.
  ...(process.env.VITEST ? { resolve: { conditions: ['browser'] } } : {}),
  base: './',
  build: {
    // jsPDF's optional helpers for drawing HTML (html2canvas, DOMPurify, canvg): never called by
    // the PDF export, left out of the build (their dynamic imports stay unresolved and unused).
    rolldownOptions: {
      external: ['html2canvas', 'dompurify', 'canvg'],
      // Everything the first screen runs in one chunk (one request, compressed as a whole); what
      // loads on demand (dialogs, exports, the plots, the unit parser) in chunks of its own.
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
    outDir: mode === 'offline' ? 'dist-offline' : 'dist',
    target: 'es2022',
    assetsInlineLimit: mode === 'offline' ? 100_000_000 : 4096,
  },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/buildCli.ts'],
    setupFiles: ['tests/setup/units.ts'],
    environment: 'node',
    reporters: ['default'],
  },
}));
