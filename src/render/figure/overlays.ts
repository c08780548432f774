/**
 * Overlays of a single-leg stance: the force arrows (src/render/figure/forceArrows.ts), the two
 * lever arms as labelled dimension lines with the lines of action, and the pelvic drop angle as an
 * arc with its value.
 */
import { path } from 'd3-path';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { dimension, label, lineOfAction } from './annotations.ts';
import { forceArrows, MIN_FORCE_N } from './forceArrows.ts';
import type { ScreenFrame } from './frame.ts';
import type { LayerChoice } from './layers.ts';
import type { StanceOverlays } from './pose/index.ts';

/** Which overlays to draw. */
export type OverlayChoice = Omit<LayerChoice, 'muscles'>;

/** Radius of the drop angle's arc, m. */
const DROP_ARC_RADIUS_M = 0.16;
/** Smallest lever arm and drop drawn, m and rad. */
const MIN_LEVER_ARM_M = 0.01;
const MIN_DROP_RAD = 0.002;

const cm = (m: number) => `${(m * 100).toFixed(1)} cm`;
const degrees = (rad: number) => ((rad * 180) / Math.PI).toFixed(1);

/** The lines of action and the two lever arms, d (body weight) and r (abductors). */
function leverArmMarks(o: StanceOverlays, frame: ScreenFrame, t: Theme): SvgNode[] {
  const pulls = o.abductor.forceN > MIN_FORCE_N;
  return [
    lineOfAction(frame, t, o.partialCom, { x: 0, y: 1 }, 0.35, t.weight),
    ...(pulls
      ? [lineOfAction(frame, t, o.abductor.at, o.abductor.direction, 0.22, t.abductor)]
      : []),
    ...(o.weightMomentArmM > MIN_LEVER_ARM_M
      ? [
          dimension(
            frame,
            t,
            o.hip,
            o.weightArmFoot,
            `d = ${cm(o.weightMomentArmM)}`,
            t.weight,
            o.weightArmFoot.x < o.hip.x ? -1 : 1,
          ),
        ]
      : []),
    ...(pulls
      ? [
          dimension(
            frame,
            t,
            o.hip,
            o.abductorArmFoot,
            `r = ${cm(o.abductorMomentArmM)}`,
            t.abductor,
          ),
        ]
      : []),
  ];
}

/** The pelvic drop as an arc from the level line, with its value in degrees. */
function dropAngleNode(o: StanceOverlays, frame: ScreenFrame, t: Theme): SvgNode {
  const [cx, cy] = frame.at(o.drop.centre);
  const r = DROP_ARC_RADIUS_M * frame.pxPerM;
  // Screen angles run clockwise (y down): negate world angles.
  const a0 = -o.drop.fromRad;
  const a1 = -o.drop.toRad;
  const arc = path();
  arc.moveTo(cx + r * Math.cos(a0), cy + r * Math.sin(a0));
  arc.arc(cx, cy, r, a0, a1, a1 < a0);
  const mid = (a0 + a1) / 2;
  return el(
    'g',
    { class: 'drop-angle', 'aria-label': `Pelvic drop ${degrees(o.drop.valueRad)} degrees` },
    [
      el('line', {
        x1: cx,
        y1: cy,
        x2: cx + r * 1.15 * Math.cos(a0),
        y2: cy + r * 1.15 * Math.sin(a0),
        stroke: t.ink,
        'stroke-width': 1.2 * t.lineScale,
        'stroke-dasharray': '3 3',
      }),
      el('path', {
        d: arc.toString(),
        fill: 'none',
        stroke: t.ink,
        'stroke-width': 2 * t.lineScale,
      }),
      label(
        t,
        [cx + r * 1.35 * Math.cos(mid), cy + r * 1.35 * Math.sin(mid)],
        `${degrees(o.drop.valueRad)}°`,
        t.ink,
        'middle',
      ),
    ],
  );
}

/** All chosen overlays. */
export function overlaysNode(
  o: StanceOverlays,
  frame: ScreenFrame,
  t: Theme,
  choice: OverlayChoice,
  bodyWeightN: number,
  units: 'N' | 'BW',
): SvgNode {
  return el('g', { class: 'overlays', 'aria-label': 'Forces and lever arms' }, [
    ...(choice.momentArms ? leverArmMarks(o, frame, t) : []),
    ...(choice.dropAngle && Math.abs(o.drop.valueRad) > MIN_DROP_RAD
      ? [dropAngleNode(o, frame, t)]
      : []),
    ...(choice.forces ? forceArrows(o, frame, t, bodyWeightN, units) : []),
  ]);
}
