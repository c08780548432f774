/** The arms of the body's outline: upper arm, forearm and hand, each a rigid part along its bone. */
import type { Vec2 } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import type { ArmFigure, FigurePose } from './pose/index.ts';
import { BREADTH, HAND_LENGTH } from './proportions.ts';
import { capsule, stepped } from './shapes.ts';
import { part, silhouette, type Part } from './skinPart.ts';

/** Whether an arm crosses the trunk (its hand medial of its shoulder by more than the arm's breadth). */
export function crosses(a: ArmFigure, sign: 1 | -1, H: number): boolean {
  return sign * (a.hand.x - a.shoulder.x) < -BREADTH.upperArm * H;
}

/** One arm: upper arm, forearm and hand, as one silhouette, each a rigid part along its bone. */
export function armParts(frame: ScreenFrame, H: number, a: ArmFigure): Part[] {
  /** A limb segment from `from`, `len` long, turned by `angle` from hanging straight down. */
  const segment = (
    key: string,
    from: Vec2,
    angle: number,
    len: number,
    halfA: number,
    halfB: number,
  ) =>
    part(
      frame,
      `${key}:${H}:${len.toFixed(4)}`,
      () => capsule({ x: 0, y: 0 }, { x: 0, y: -len }, halfA, halfB),
      from,
      angle,
    );
  const down = (from: Vec2, to: Vec2) => Math.atan2(to.x - from.x, -(to.y - from.y));
  const span = (from: Vec2, to: Vec2) => stepped(Math.hypot(to.x - from.x, to.y - from.y));
  const fore = down(a.elbow, a.hand);
  return [
    segment(
      'upper-arm',
      a.shoulder,
      down(a.shoulder, a.elbow),
      span(a.shoulder, a.elbow),
      (BREADTH.upperArm / 2) * H,
      (BREADTH.elbow / 2) * H,
    ),
    segment(
      'forearm',
      a.elbow,
      fore,
      span(a.elbow, a.hand),
      (BREADTH.elbow / 2) * H,
      (BREADTH.wrist / 2) * H,
    ),
    segment('hand', a.hand, fore, HAND_LENGTH * H * 0.85, 0.021 * H, 0.017 * H),
  ];
}

/** The arms that cross the trunk (a hand holding a load or a cane across the body), drawn over it. */
export function armsNode(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const H = pose.heightM;
  const tr = pose.trunk;
  const arms = [
    ...(crosses(tr.leftArm, -1, H) ? [armParts(frame, H, tr.leftArm)] : []),
    ...(crosses(tr.rightArm, 1, H) ? [armParts(frame, H, tr.rightArm)] : []),
  ];
  return el(
    'g',
    { class: 'arms', 'aria-label': 'Arms' },
    arms.map((a) => silhouette(a, t, 'arm')),
  );
}
