/**
 * The hip's abductor side at the last few adductions evaluated. The hip depends on the adduction θ
 * alone (sim/stance/posture.ts), and the nested searches of a solve come back to the same θ (the
 * drop found for a lean, the ends of a search along the equilibrium curve, a posture confirmed):
 * recalling the sums is exact and saves a hip evaluation each time.
 */
import type { CableState } from '../tissues/cable.ts';

/** Adductions remembered (a ring: the oldest is replaced). */
const ENTRIES = 8;
/** Numbers of an entry before its cables' tensions: θ, then the three sums. */
const HEAD = 4;

/**
 * What the searches read of one hip evaluation, for the last {@link ENTRIES} adductions, in one
 * array (a workspace is built for every solve: one copy of a template is the cheapest to make).
 * Entry e starts at e·stride: adduction θ (rad; NaN when empty), Σ rᵢ F_i,max over the parts that
 * abduct (N·m), Σ rᵢ F_i,pas over every part (N·m), Σ r_t F_t of the tissues (N·m), then the
 * tension of each cable (N).
 */
export interface HipMemo {
  readonly data: number[];
  readonly stride: number;
  /** The entry the next evaluation replaces. */
  next: number;
}

const templates: number[][] = [];

/** An empty memo for a hip with `cables` passive cables. */
export function emptyHipMemo(cables: number): HipMemo {
  const stride = HEAD + cables;
  let t = templates[cables];
  if (!t) {
    t = [];
    for (let i = 0; i < ENTRIES * stride; i++) t.push(i % stride === 0 ? Number.NaN : 0);
    templates[cables] = t;
  }
  return { data: t.slice(), stride, next: 0 };
}

/** The start of the entry of adduction `thetaRad` in `memo.data`, or −1. */
function recall(memo: HipMemo, thetaRad: number): number {
  const { data, stride } = memo;
  for (let at = 0; at < data.length; at += stride) if (data[at] === thetaRad) return at;
  return -1;
}

/**
 * Keeps one evaluation of the hip at `thetaRad` in place of the oldest (an adduction evaluated
 * again, in full after a recall, takes a second entry: both hold the same numbers).
 */
export function remember(
  memo: HipMemo,
  thetaRad: number,
  activeAbductorNm: number,
  passiveMuscleNm: number,
  tissueNm: number,
  cableStates: readonly CableState[],
): void {
  const { data, stride } = memo;
  const at = memo.next * stride;
  memo.next = memo.next + 1 === ENTRIES ? 0 : memo.next + 1;
  data[at] = thetaRad;
  data[at + 1] = activeAbductorNm;
  data[at + 2] = passiveMuscleNm;
  data[at + 3] = tissueNm;
  for (let k = 0; k < stride - HEAD; k++) data[at + HEAD + k] = cableStates[k]!.forceN;
}

/** The sums a search reads of the hip, N·m (fields of the workspace, sim/stance/posture.ts). */
interface HipSums {
  activeAbductorNm: number;
  passiveMuscleNm: number;
  tissueNm: number;
}

/**
 * Writes the remembered evaluation at `thetaRad` into `sums` and the cables' tensions into
 * `cableStates` (their geometry is left as it is); false, writing nothing, when there is none.
 */
export function recallInto(
  memo: HipMemo,
  thetaRad: number,
  sums: HipSums,
  cableStates: readonly CableState[],
): boolean {
  const at = recall(memo, thetaRad);
  if (at < 0) return false;
  const d = memo.data;
  sums.activeAbductorNm = d[at + 1]!;
  sums.passiveMuscleNm = d[at + 2]!;
  sums.tissueNm = d[at + 3]!;
  for (let k = 0; k < memo.stride - HEAD; k++) cableStates[k]!.forceN = d[at + HEAD + k]!;
  return true;
}
