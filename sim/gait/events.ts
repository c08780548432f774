/**
 * Timing of a symmetric gait cycle of the reference (right) leg, 0-1 (DOMAIN.md §7, after Perry &
 * Burnfield 2010, Gait Analysis, 2nd ed.): right foot contact at 0, opposite (left) foot off, left
 * foot contact at one half, right foot off. The left leg runs half a cycle behind.
 */

/** Gait events as fractions of the right leg's cycle. */
export interface GaitEvents {
  /** Left foot leaves the ground: right single support begins. */
  readonly oppositeFootOff: number;
  /** Left foot strikes: right single support ends. */
  readonly oppositeFootContact: number;
  /** Right foot leaves the ground: right swing begins. */
  readonly footOff: number;
}

/**
 * Normal adult timing: foot off at 64 % (60-65 %), so opposite foot off at 14 % (≈ 16 %) and
 * opposite foot contact at 50 %.
 */
export const NORMAL_EVENTS: GaitEvents = {
  oppositeFootOff: 0.14,
  oppositeFootContact: 0.5,
  footOff: 0.64,
};

/** Support phase at an instant. */
export type SupportPhase = 'double-support' | 'right-single-support' | 'left-single-support';

/** Wraps a cycle fraction into [0, 1). */
export function wrap(fraction: number): number {
  const f = fraction % 1;
  return f < 0 ? f + 1 : f;
}

/** Support phase at cycle fraction `f` of the right leg. */
export function supportPhase(e: GaitEvents, f: number): SupportPhase {
  const t = wrap(f);
  if (t >= e.oppositeFootOff && t < e.oppositeFootContact) return 'right-single-support';
  if (t >= e.footOff) return 'left-single-support';
  return 'double-support';
}

function smoothstep(x: number): number {
  const t = Math.min(1, Math.max(0, x));
  return t * t * (3 - 2 * t);
}

/**
 * How much of the right leg's single-leg-stance posture is expressed at fraction `f`, 0-1: it
 * builds up through loading response (0 → opposite foot off), holds through single support and
 * is released in the second double support (opposite foot contact → foot off). Smooth (C¹).
 */
export function rightStanceWeight(e: GaitEvents, f: number): number {
  const t = wrap(f);
  if (t >= e.footOff) return 0;
  if (t < e.oppositeFootOff) return smoothstep(t / e.oppositeFootOff);
  if (t < e.oppositeFootContact) return 1;
  return 1 - smoothstep((t - e.oppositeFootContact) / (e.footOff - e.oppositeFootContact));
}

/** The same weight for the left leg, half a cycle later. */
export function leftStanceWeight(e: GaitEvents, f: number): number {
  return rightStanceWeight(e, f - 0.5);
}
