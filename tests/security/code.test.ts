import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|svelte)$/.test(f) ? [p] : [];
  });
}

describe("the project's own code", () => {
  const root = new URL('../..', import.meta.url).pathname;
  const sources = ['sim', 'src', 'cli'].flatMap((d) => files(join(root, d)));

  it('never evaluates text as code (no eval, no new Function)', () => {
    for (const f of sources) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/\beval\s*\(|new\s+Function\s*\(/);
    }
  });

  it('names no other host: the app makes no network requests beyond its own files', () => {
    for (const f of sources.filter((p) => !p.includes('/cli/'))) {
      const text = readFileSync(f, 'utf8');
      const urls = text.match(/https?:\/\/[^\s'"`)]+/g) ?? [];
      expect(
        urls.filter((u) => !u.startsWith('http://www.w3.org/')),
        f,
      ).toEqual([]);
      expect(text, f).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon/);
    }
  });
});
