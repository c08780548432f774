/** The current state in words: the figure's description and the live text for screen readers. */
import { deg, type GaitSample, type StanceResult } from '../../sim/index.ts';

const f1 = (v: number) => v.toFixed(1);

/** One-sentence title of a stance figure. */
export function stanceTitle(r: StanceResult): string {
  return `Single-leg stance on the ${r.input.stanceSide} leg, seen from behind`;
}

/** Words for a stance result. */
export function describeStance(r: StanceResult): string {
  const side = r.input.stanceSide;
  const swing = side === 'right' ? 'left' : 'right';
  const drop = deg(r.pelvicDropRad);
  const lean = deg(r.trunkLeanRad);
  const share = r.abductorMomentRequiredNm / Math.max(r.abductorMomentCapacityNm, 1e-9);
  const parts = [
    `Standing on the ${side} leg.`,
    drop > 0.05 ? `The pelvis drops ${f1(drop)}° on the ${swing} side.` : 'The pelvis is level.',
    lean > 0.05 ? `The trunk leans ${f1(lean)}° toward the ${side}.` : 'The trunk is upright.',
    r.adductionRangeExhausted
      ? 'The hip has reached the end of its adduction range.'
      : `The abductors need ${Math.round(Math.min(share, 9.99) * 100)} % of what they can give.`,
    `Abductor force ${(r.abductorForceN / r.bodyWeightN).toFixed(2)} and hip contact force ${(r.hipContactForceN / r.bodyWeightN).toFixed(2)} times body weight.`,
    `Trendelenburg sign ${r.trendelenburg}.`,
  ];
  return parts.join(' ');
}

const PHASE: Record<GaitSample['phase'], string> = {
  'double-support': 'double support',
  'right-single-support': 'single support on the right leg',
  'left-single-support': 'single support on the left leg',
};

/** Words for an instant of gait. */
export function describeGait(s: GaitSample): string {
  const o = deg(s.pelvicObliquityRad);
  const lean = deg(s.trunkLeanRad);
  const pelvis =
    Math.abs(o) < 0.5
      ? 'the pelvis is level'
      : `the ${o > 0 ? 'right' : 'left'} side of the pelvis is ${f1(Math.abs(o))}° higher`;
  const trunk =
    Math.abs(lean) < 0.5
      ? 'the trunk is upright'
      : `the trunk leans ${f1(Math.abs(lean))}° to the ${lean > 0 ? 'right' : 'left'}`;
  return `Walking, ${Math.round(s.cycleFraction * 100)} % of the right leg's cycle, ${PHASE[s.phase]}: ${pelvis}, ${trunk}.`;
}
