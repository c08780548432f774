/** The figure of one instant of gait: both legs, feet on their footprints. */
import type { Gait, GaitSample } from '../../../../sim/index.ts';
import { buildFigure } from './pose.ts';
import type { FigurePose, SideMuscles } from './types.ts';

/** Half the step width: where each foot stands in gait, as a fraction of height (step width ≈ 10 cm; drawing choice). */
const STEP_HALF_WIDTH_FRACTION = 0.028;

/** Figure of one instant of gait (feet on footprints either side of the midline). */
export function gaitFigure(g: Gait, s: GaitSample): FigurePose {
  const side = (
    t: Gait['right'],
    ms: readonly { activation: number; forceN: number }[],
  ): SideMuscles => ({
    muscles: t.result.scaledMuscles,
    neckShaftRad: t.result.input.neckShaftRad,
    activation: ms.map((m) => m.activation),
    forceN: ms.map((m) => m.forceN),
    strength: t.result.muscles.map((m) => m.strength),
  });
  const b = STEP_HALF_WIDTH_FRACTION * g.healthy.body.heightM;
  return buildFigure({
    body: g.healthy.body,
    geometry: g.healthy.geometry,
    pelvis: g.healthy.pelvis,
    obliquityRad: s.pelvicObliquityRad,
    trunkAngleRad: -s.trunkLeanRad,
    rightHipAdductionRad: s.right.adductionRad,
    leftHipAdductionRad: s.left.adductionRad,
    rightStance: s.right.stanceWeight,
    leftStance: s.left.stanceWeight,
    footprintX: { right: b, left: -b },
    right: side(g.right, s.right.muscles),
    left: side(g.left, s.left.muscles),
  });
}
