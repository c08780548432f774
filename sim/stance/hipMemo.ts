/**
 * The hip's abductor side at the last few adductions evaluated. The hip depends on the adduction θ
 * alone (sim/stance/posture.ts), and the nested searches of a solve come back to the same θ (the
 * drop found for a lean, the ends of a search along the equilibrium curve, a posture confirmed):
 * recalling the sums is exact and saves a hip evaluation each time.
 */
import type { CableState } from '../tissues/cable.ts';

/** Adductions remembered (a ring: the oldest is replaced). */
const ENTRIES = 16;

/** What the searches read of one hip evaluation, for the last {@link ENTRIES} adductions. */
export interface HipMemo {
  /** Adduction of each entry, rad (NaN: empty). */
  readonly thetaRad: number[];
  /** Σ rᵢ F_i,max over the parts that abduct, N·m. */
  readonly activeAbductorNm: number[];
  /** Σ rᵢ F_i,pas over every part, N·m. */
  readonly passiveMuscleNm: number[];
  /** Σ r_t F_t of the tissues, N·m. */
  readonly tissueNm: number[];
  /** Tension of each cable, N: entry e, cable k at e·cables + k. */
  readonly cableForceN: number[];
  readonly cables: number;
  /** The entry the next evaluation replaces. */
  next: number;
}

/** An empty memo for a hip with `cables` passive cables. */
export function emptyHipMemo(cables: number): HipMemo {
  return {
    thetaRad: doubles(ENTRIES, Number.NaN),
    activeAbductorNm: doubles(ENTRIES, 0),
    passiveMuscleNm: doubles(ENTRIES, 0),
    tissueNm: doubles(ENTRIES, 0),
    cableForceN: doubles(ENTRIES * cables, 0),
    cables,
    next: 0,
  };
}

/** `count` copies of `value` in a packed array (built by a plain loop: Array.from is slower here). */
function doubles(count: number, value: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < count; i++) a.push(value);
  return a;
}

/** The entry of adduction `thetaRad`, or −1. */
export function recall(memo: HipMemo, thetaRad: number): number {
  for (let e = 0; e < ENTRIES; e++) if (memo.thetaRad[e] === thetaRad) return e;
  return -1;
}

/** Keeps one evaluation of the hip at `thetaRad` (replacing its entry if it has one). */
export function remember(
  memo: HipMemo,
  thetaRad: number,
  activeAbductorNm: number,
  passiveMuscleNm: number,
  tissueNm: number,
  cableStates: readonly CableState[],
): void {
  let e = recall(memo, thetaRad);
  if (e < 0) {
    e = memo.next;
    memo.next = (e + 1) % ENTRIES;
  }
  memo.thetaRad[e] = thetaRad;
  memo.activeAbductorNm[e] = activeAbductorNm;
  memo.passiveMuscleNm[e] = passiveMuscleNm;
  memo.tissueNm[e] = tissueNm;
  for (let k = 0; k < memo.cables; k++)
    memo.cableForceN[e * memo.cables + k] = cableStates[k]!.forceN;
}
