/** The trunk seen from behind: silhouette, lumbar spine, neck, head and arms. */
import type { Vec2 } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import type { FigurePose } from './pose/index.ts';
import { band, pathOf, place } from './shapes.ts';
import { boneStyle } from './style.ts';

/** Lumbar vertebrae drawn, their spacing and half height up the spine, m. */
const VERTEBRAE = 5;
const VERTEBRA_SPACING_M = 0.036;
const VERTEBRA_HALF_HEIGHT_M = 0.014;

/** The torso outline in the trunk's frame (origin at the lumbosacral joint, y up the spine). */
function torsoOutline(half: number, up: number): Vec2[] {
  return [
    { x: -0.6 * half, y: 0.04 },
    { x: -0.72 * half, y: 0.2 * up },
    { x: -0.95 * half, y: 0.7 * up },
    { x: -half - 0.02, y: up },
    { x: -0.25 * half, y: up + 0.04 },
    { x: 0.25 * half, y: up + 0.04 },
    { x: half + 0.02, y: up },
    { x: 0.95 * half, y: 0.7 * up },
    { x: 0.72 * half, y: 0.2 * up },
    { x: 0.6 * half, y: 0.04 },
  ];
}

/** An arm as a round-capped line with an outline: a line under a slightly narrower line. */
function armNode(shoulder: Vec2, hand: Vec2, frame: ScreenFrame, t: Theme): SvgNode {
  const [x1, y1] = frame.at(shoulder);
  const [x2, y2] = frame.at(hand);
  const w = 0.07 * frame.pxPerM;
  const common = { x1, y1, x2, y2, 'stroke-linecap': 'round' } as const;
  return el('g', { 'aria-label': 'Arm' }, [
    el('line', { ...common, stroke: t.mutedInk, 'stroke-width': w + 2.4 * t.lineScale }),
    el('line', { ...common, stroke: t.skin, 'stroke-width': w }),
  ]);
}

/** Trunk silhouette, spine, arms and head. */
export function trunkNode(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const tr = pose.trunk;
  const a = tr.angleRad;
  const ls = tr.lumbosacral;
  const up = Math.hypot(tr.shoulderCentre.x - ls.x, tr.shoulderCentre.y - ls.y);
  const half = Math.hypot(
    tr.rightShoulder.x - tr.shoulderCentre.x,
    tr.rightShoulder.y - tr.shoulderCentre.y,
  );
  const at = (q: Vec2) => place(ls, a, q);
  const vertebrae = Array.from({ length: VERTEBRAE }, (_, i) => {
    const c = at({ x: 0, y: 0.022 + i * VERTEBRA_SPACING_M });
    const ends = [-VERTEBRA_HALF_HEIGHT_M, VERTEBRA_HALF_HEIGHT_M].map((y) =>
      place(c, a, { x: 0, y }),
    );
    return el('path', {
      d: pathOf(frame, band(ends[0]!, ends[1]!, 0.02), 'closed'),
      ...boneStyle(t, { 'stroke-width': 1 * t.lineScale }),
    });
  });
  const skin = (width: number) => ({ stroke: t.mutedInk, 'stroke-width': width * t.lineScale });
  const neckTop = at({ x: 0, y: up + 0.07 });
  return el('g', { class: 'trunk', 'aria-label': 'Trunk, arms and head' }, [
    el('path', {
      d: pathOf(frame, torsoOutline(half, up).map(at), 'smooth'),
      fill: t.skin,
      ...skin(1.2),
    }),
    el('path', {
      d: pathOf(frame, [ls, at({ x: 0, y: up + 0.05 })]),
      stroke: t.boneEdge,
      'stroke-width': 1.2 * t.lineScale,
      'stroke-dasharray': '2 3',
      fill: 'none',
    }),
    ...vertebrae,
    el('path', {
      d: pathOf(frame, band(at({ x: 0, y: up - 0.02 }), neckTop, 0.05, 0.042), 'smooth'),
      fill: t.skin,
      ...skin(1),
    }),
    el('circle', {
      cx: frame.x(tr.headCentre.x),
      cy: frame.y(tr.headCentre.y),
      r: tr.headRadiusM * frame.pxPerM,
      fill: t.skin,
      ...skin(1.2),
    }),
    armNode(tr.rightShoulder, tr.rightHand, frame, t),
    armNode(tr.leftShoulder, tr.leftHand, frame, t),
  ]);
}
