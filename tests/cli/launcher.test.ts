import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleIsStale } from '../../bin/bundle.mjs';
import { sim } from './run.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the trendelenburg command (package.json bin, npm run sim)', () => {
  it('is the bin entry and what npm run sim runs', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(pkg.bin.trendelenburg).toBe('bin/trendelenburg.mjs');
    expect(pkg.scripts.sim).toBe('node bin/trendelenburg.mjs');
    expect(pkg.scripts.prepare).toBe('node bin/bundle.mjs');
  });

  it('prints what the bundle prints, with its exit code', () => {
    const r = spawnSync(process.execPath, ['bin/trendelenburg.mjs', 'stance', '--gmed', '20'], {
      encoding: 'utf8',
      cwd: root,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(sim('stance', '--gmed', '20').stdout);
    const bad = spawnSync(process.execPath, ['bin/trendelenburg.mjs', 'stance', '--gmed', 'x'], {
      encoding: 'utf8',
      cwd: root,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('finds the bundle fresh after the test setup built it', () => {
    expect(bundleIsStale()).toBe(false);
  });
});
