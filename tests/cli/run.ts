/** Runs the command line as a user would: a real Node process, exit code, stdout, stderr. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { bundlePath } from '../../bin/bundle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The bundle `npm run sim` runs (bin/bundle.mjs), made fresh by tests/setup/buildCli.ts before the
 * tests: a fast start. tsx as a fallback when it could not be built.
 */
const bundle = bundlePath;

/** The words that start the command line: Node and the bundle (or tsx and the source). */
function launcher(): string[] {
  return existsSync(bundle) ? [bundle] : ['--import', 'tsx', 'cli/main.ts'];
}

export function sim(...args: string[]) {
  const r = spawnSync(process.execPath, [...launcher(), ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs `script` in bash, where the function `sim` runs the command line (for pipes and
 * redirections); the script's own stdout and stderr are returned, and its exit code.
 */
export function simShell(script: string) {
  const words = [process.execPath, ...launcher()].map((w) => `'${w.replace(/'/g, "'\\''")}'`);
  const r = spawnSync('bash', ['-c', `sim() { ${words.join(' ')} "$@"; }\n${script}`], {
    encoding: 'utf8',
    cwd: root,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the command line and expects a refusal: exit 2, nothing on stdout, one line on stderr. */
export function expectRefusal(args: readonly string[], why: string): void {
  const r = sim(...args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(why);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
}
