/** Timing helpers for the benchmark: wall-clock rates measured over a fixed duration. */

/** One benchmark figure: a JSON line in the output. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly budget?: { readonly max?: number; readonly min?: number };
}

/** Calls `fn` repeatedly for about `seconds` (after a warm-up) and returns calls per second. */
export function ratePerSecond(fn: () => void, seconds = 1): number {
  const warmUntil = performance.now() + 200;
  while (performance.now() < warmUntil) fn();
  let n = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  let now = start;
  while (now < end) {
    for (let k = 0; k < 16; k++) fn();
    n += 16;
    now = performance.now();
  }
  return n / ((now - start) / 1000);
}

/** Median wall time of `fn` over `runs` runs, ms. */
export function medianMs(fn: () => void, runs = 21): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
