/** The skin's landmarks seen from behind, moved with the pelvis. */
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { partFrame, placed, type ScreenFrame } from './frame.ts';
import { HIP_BONE, REFERENCE_HALF_HIP_WIDTH_M } from './pelvisOutline.ts';
import type { FigurePose } from './pose/index.ts';
import { cached, ellipse, pathOf } from './shapes.ts';

/** The skin's landmarks: dimples over the posterior superior iliac spines, gluteal cleft and folds. */
export function skinMarks(frame: ScreenFrame, pose: FigurePose, t: Theme): SvgNode {
  const H = pose.heightM;
  const p = pose.pelvis;
  const k = p.shape.halfHipWidthM / REFERENCE_HALF_HIP_WIDTH_M;
  const d = cached(`skin-marks:${H}:${k}:${frame.pxPerM}`, () => {
    const local = partFrame(frame);
    const psis = HIP_BONE[0]!;
    const dimple = (sign: 1 | -1) =>
      pathOf(
        local,
        ellipse({ x: sign * psis.x * k, y: psis.y * k }, 0.0025 * H, 0.0025 * H, 8),
        'smooth',
      );
    const fold = (sign: 1 | -1) =>
      pathOf(
        local,
        [0.015, 0.04, 0.068].map((x, i) => ({
          x: sign * x * H,
          y: [-0.057, -0.066, -0.058][i]! * H,
        })),
        'curve',
      );
    const cleft = pathOf(local, [
      { x: 0, y: 0.012 * H },
      { x: 0, y: -0.05 * H },
    ]);
    return { lines: cleft + fold(1) + fold(-1), dimples: dimple(1) + dimple(-1) };
  });
  return el(
    'g',
    { class: 'skin-marks', 'aria-hidden': 'true', transform: placed(frame, p.centre, p.angleRad) },
    [
      el('path', {
        d: d.lines,
        fill: 'none',
        stroke: t.skinEdge,
        'stroke-width': 1.2 * t.lineScale,
        opacity: 0.75,
      }),
      el('path', { d: d.dimples, fill: t.skinEdge, opacity: 0.7 }),
    ],
  );
}
