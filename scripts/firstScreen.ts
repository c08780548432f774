/**
 * The size of the first screen: the scripts a built `index.html` loads up front (lazy chunks
 * excluded), gzipped. The benchmark reports it; a test holds it to its budget, so that a change
 * which pulls a lazy module into the first screen fails before it lands.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budget of the first screen's gzipped JavaScript, KB (issue 14). */
export const FIRST_SCREEN_BUDGET_KB = 100;

/** The scripts `index.html` in `dist` loads up front, relative to `dist`. */
export function firstScreenScripts(dist = 'dist'): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
}

/** Gzipped bytes of the first screen's scripts in `dist`, KB. */
export function firstScreenJsKb(dist = 'dist'): number {
  const files = firstScreenScripts(dist);
  if (files.length === 0) throw new Error(`${dist}/index.html loads no script`);
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0) / 1024;
}
