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
  /** The figure: a median when it was measured more than once. */
  readonly value: number;
  readonly unit: string;
  readonly budget?: { readonly max?: number; readonly min?: number };
  /** Runs measured, and the smallest and largest of them. */
  readonly runs?: number;
  readonly min?: number;
  readonly max?: number;
  /** What the figure refers to (the slowest case of a grid, say). */
  readonly note?: string;
}

/** Median of `values` with their count and range. */
export function spread(values: readonly number[]): {
  value: number;
  runs: number;
  min: number;
  max: number;
} {
  const s = [...values].sort((a, b) => a - b);
  return {
    value: s[Math.floor(s.length / 2)] ?? Number.NaN,
    runs: s.length,
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
  };
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

/** Median CPU time of `fn` over `runs` runs (after one warm-up run), ms, with the range. */
export function medianMsWithSpread(fn: () => void, runs: number) {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = cpuMs();
    fn();
    times.push(cpuMs() - t);
  }
  return spread(times);
}

/** Median CPU time of `fn` over `runs` runs (after one warm-up run), ms. */
export function medianMs(fn: () => void, runs = 21): number {
  return medianMsWithSpread(fn, runs).value;
}
