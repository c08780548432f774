/**
 * How the command line ends (cli/main.ts): a reader that stops early, a full disk, a closed
 * standard output, and hostile text echoed in messages.
 */
import { describe, expect, it } from 'vitest';
import { UNSAFE_CHARS as UNSAFE } from '../fuzz/arbitraries.ts';
import { sim, simShell } from './run.ts';

describe('the command line’s ending', () => {
  it('ends quietly with status 141 when the reader closes the pipe early', () => {
    const r = simShell(
      'sim gait --samples 10001 --format csv 2>/tmp/tl-epipe-err | head -1; echo "status=${PIPESTATUS[0]}"; cat /tmp/tl-epipe-err',
    );
    expect(r.stdout.split('\n')[0]).toMatch(/^cyclePct,/);
    expect(r.stdout).toContain('status=141');
    expect(r.stdout.split('status=141')[1]?.trim()).toBe('');
  });

  it('says in one line that a full disk took the output, and exits 1', () => {
    const r = simShell('sim stance > /dev/full');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('no space left')]);
  });

  it('says in one line that standard output is closed, and exits 1', () => {
    const r = simShell('sim stance >&-');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('standard output is closed'),
    ]);
  });

  it('still writes to /dev/null when asked to', () => {
    expect(simShell('sim stance > /dev/null').code).toBe(0);
  });

  it.each([
    ['an unknown command with escape codes', ['\u001b[31mred\u001b[0m']],
    ['an unknown command with a right-to-left override', ['\u202eevil']],
    ['a 100,000-character command', ['x'.repeat(100_000)]],
    ['an unexpected argument', ['stance', 'extra\u202e\u0007']],
    ['an --out name', ['plot', 'gait-cycle', '--out', 'x\u001b]0;title\u0007.gif']],
    ['a video --out name', ['video', 'walk', '--out', '\u202ex\u001b[2J.mp4']],
    ['a video subject', ['video', '\u202e\u0007walk', '--out', 'x.webm']],
    ['an option value', ['stance', '--mass', '\u202e07 kg']],
    ['an option name', ['stance', `--${'\u001b[2J'.repeat(50)}`, '1']],
  ])(
    'echoes %s only through the quoting function: no control or bidi characters, short',
    (_, args) => {
      const r = sim(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trimEnd()).not.toMatch(UNSAFE);
      expect(r.stderr.length).toBeLessThan(400);
    },
  );
});
