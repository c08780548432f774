/**
 * Timing helpers for the benchmark. Time is the process's CPU time (user + system), not the wall
 * clock: the figures are single-threaded JavaScript, so on an idle machine the two agree, and on a
 * shared one CPU time leaves out the time other jobs held the core.
 */

/** CPU time of this process, ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** One benchmark figure: a JSON line in the output. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly budget?: { readonly max?: number; readonly min?: number };
}

/** Calls `fn` repeatedly for about `seconds` of CPU time (after a warm-up) and returns calls per CPU second. */
export function ratePerSecond(fn: () => void, seconds = 1): number {
  const warmUntil = cpuMs() + 200;
  while (cpuMs() < warmUntil) fn();
  let n = 0;
  const start = cpuMs();
  const end = start + seconds * 1000;
  let now = start;
  while (now < end) {
    for (let k = 0; k < 16; k++) fn();
    n += 16;
    now = cpuMs();
  }
  return n / ((now - start) / 1000);
}

/** Median CPU time of `fn` over `runs` runs, ms. */
export function medianMs(fn: () => void, runs = 21): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = cpuMs();
    fn();
    times.push(cpuMs() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
