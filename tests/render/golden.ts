/**
 * Golden SVG files, the Observable Plot way: a scene is serialised with numbers rounded to 3
 * decimals and compared with tests/golden/<name>.svg. A mismatch writes <name>-changed.svg beside
 * it for review; a missing golden file is created (outside CI) so a new figure can be looked at
 * and committed.
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { serialize, type SvgNode } from '../../src/render/svg.ts';

const dir = new URL('../golden/', import.meta.url);

export function expectGolden(name: string, scene: SvgNode): void {
  const actual = serialize(scene, { digits: 3, pretty: true });
  const file = new URL(`${name}.svg`, dir);
  const changed = new URL(`${name}-changed.svg`, dir);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`golden file tests/golden/${name}.svg is missing`);
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) writeFileSync(changed, actual);
  else if (existsSync(changed)) unlinkSync(changed);
  expect(actual === expected, `tests/golden/${name}.svg differs: see ${name}-changed.svg`).toBe(
    true,
  );
}
