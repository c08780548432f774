import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIRST_SCREEN_BUDGET_KB,
  firstScreenJsKb,
  firstScreenScripts,
} from '../../scripts/firstScreen.ts';
import { productionBuild } from '../../scripts/productionBuild.ts';

// The benchmark reports this size; held here too, so that a change pulling a lazy module (the
// unit parser, a plot, an export) into the first screen fails before it lands. A size, not a time.
describe('the first screen of the built app', () => {
  const dist = mkdtempSync(join(tmpdir(), 'first-screen-'));
  beforeAll(async () => {
    // Built as `npm run build` builds it, into a folder of its own.
    await productionBuild({ build: { outDir: dist, emptyOutDir: true } });
  }, 120_000);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('loads its scripts from index.html, and the unit parser is not among them', () => {
    const scripts = firstScreenScripts(dist);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).not.toMatch(/mathjs|unitParser/i);
  });

  it(`is at most ${FIRST_SCREEN_BUDGET_KB} KB of gzipped JavaScript`, () => {
    const kb = firstScreenJsKb(dist);
    expect(kb).toBeGreaterThan(20);
    expect(kb).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_KB);
  });
});
