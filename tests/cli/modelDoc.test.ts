import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sim } from './run.ts';

/** Rows of a Markdown table as trimmed cells (alignment and the separator row ignored). */
function cells(table: string): string[][] {
  return table
    .split('\n')
    .filter((l) => l.trim().startsWith('|') && !/^\|[\s|:-]+\|$/.test(l.trim()))
    .map((l) =>
      l
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

describe('doc/model.md', () => {
  it('holds the validation table the model computes now (npm run -s sim -- validate --format md)', () => {
    const doc = readFileSync(new URL('../../doc/model.md', import.meta.url), 'utf8');
    const m = /<!-- validation:start[^>]*-->([\s\S]*?)<!-- validation:end -->/.exec(doc);
    expect(m, 'validation markers in doc/model.md').not.toBeNull();
    const r = sim('validate', '--format', 'md');
    expect(r.code).toBe(0);
    expect(cells(m![1]!)).toEqual(cells(r.stdout));
    expect(cells(r.stdout).length).toBeGreaterThan(10);
  });
});
