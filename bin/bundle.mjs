/**
 * The command line's bundle: cli/main.ts and everything it imports (the model, the renderers,
 * mathjs) in one ES module, built by esbuild. The command line then starts as a plain Node
 * process instead of compiling TypeScript, and mathjs's thousand modules, on every call. Built by
 * `npm install` (the `prepare` script runs this file), and again by the launcher
 * (bin/trendelenburg.mjs) or the test setup when a source file is newer than the bundle. Plain
 * JavaScript: it runs before anything is compiled.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root directory (with a trailing slash). */
export const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the bundle is written: a cache that `npm ci` clears. */
export const bundlePath = `${root}node_modules/.cache/trendelenburg/sim-cli.mjs`;
/** The project files the bundle was built from (esbuild's inputs outside node_modules). */
const inputsPath = `${bundlePath}.inputs.json`;

/** Builds the bundle (written to a temporary file first, so a concurrent reader never sees half of it). */
export async function buildBundle() {
  const { build } = await import('esbuild');
  const temp = `${bundlePath}.${process.pid}.tmp`;
  mkdirSync(dirname(bundlePath), { recursive: true });
  try {
    const result = await build({
      entryPoints: [`${root}cli/main.ts`],
      outfile: temp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      metafile: true,
      // Native addons, and the PDF and video libraries that only plot --out x.pdf and video load:
      // from node_modules at run time, not bundled, so that every other command starts quickly.
      external: ['@resvg/resvg-js', 'sharp', 'jspdf', 'mediabunny'],
    });
    const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/'));
    writeFileSync(inputsPath, JSON.stringify([...inputs, 'package-lock.json']));
    renameSync(temp, bundlePath);
  } finally {
    rmSync(temp, { force: true });
  }
}

const mtimeMs = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

/** Whether the bundle is missing or older than any file it was built from. */
export function bundleIsStale() {
  const built = mtimeMs(bundlePath);
  if (!Number.isFinite(built)) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsPath, 'utf8'));
  } catch {
    return true;
  }
  return inputs.some((f) => mtimeMs(`${root}${f}`) > built);
}

/** Builds the bundle if it is missing or stale. */
export async function ensureBundle() {
  if (bundleIsStale()) await buildBundle();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildBundle();
