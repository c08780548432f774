/**
 * Start-up of the command line as a user meets it: the whole process of
 * `npm run -s sim -- stance`, against `npm -v` (npm's own start, the floor of any `npm run`).
 * The two run in turn, A B A B ..., and the ratio is taken pair by pair, so that a machine whose
 * speed drifts during the measurement still gives a fair ratio; the median ratio is the figure.
 */
import { spawnSync } from 'node:child_process';
import { spread, type Figure } from './measure.ts';

/** Wall time of one whole process, ms. */
function processMs(command: string, args: readonly string[]): number {
  const t0 = process.hrtime.bigint();
  // Output read through a pipe, as a user's terminal or script reads it (an ignored stdout is
  // /dev/null opened read-write, which the command line takes for a closed one and refuses).
  const r = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** The command line's start-up figures over `pairs` pairs (after one warm-up pair). */
export function cliStartFigures(pairs: number): Figure[] {
  const sim = () => processMs('npm', ['run', '-s', 'sim', '--', 'stance']);
  const npm = () => processMs('npm', ['-v']);
  sim();
  npm();
  const simMs: number[] = [];
  const npmMs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const a = sim();
    const b = npm();
    simMs.push(a);
    npmMs.push(b);
    ratios.push(a / b);
  }
  return [
    {
      name: '`npm run -s sim -- stance`, whole process, over `npm -v`',
      ...spread(ratios),
      unit: '×',
      budget: { max: 2.5 },
    },
    { name: '`npm run -s sim -- stance`, whole process', ...spread(simMs), unit: 'ms' },
    { name: '`npm -v`, whole process', ...spread(npmMs), unit: 'ms' },
  ];
}
