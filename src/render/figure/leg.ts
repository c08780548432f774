/**
 * One leg seen from behind: femur (head, neck, greater trochanter, shaft, condyles), tibia and
 * fibula, and the heel. Shapes are bands and outlines around the pose's joint centres.
 */
import type { Vec2 } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import type { LegFigure } from './pose/index.ts';
import { band, lerp, pathOf } from './shapes.ts';
import { boneStyle } from './style.ts';

/** The unit vector from `a` to `b` and the unit vector lateral of it (`sign` +1 right, −1 left). */
function axes(a: Vec2, b: Vec2, sign: 1 | -1): { along: Vec2; lateral: Vec2 } {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const along = { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
  return { along, lateral: { x: -along.y * -sign, y: along.x * -sign } };
}

/** One leg being drawn: its pose, side and name, through the figure's frame and theme. */
interface LegDrawing {
  readonly leg: LegFigure;
  /** +1 for the right leg, −1 for the left. */
  readonly sign: 1 | -1;
  readonly frame: ScreenFrame;
  readonly t: Theme;
  readonly name: string;
}

/** The femur: shaft, condyles, neck, greater trochanter and head (`headRadiusM`) with its centre. */
function femurNode({ leg, sign, frame, t, name }: LegDrawing, headRadiusM: number): SvgNode {
  const px = frame.pxPerM;
  const { along: u, lateral } = axes(leg.neckJunction, leg.knee, sign);
  const condyle = (s: number) => ({
    x: leg.knee.x + lateral.x * s * 0.042 - u.x * 0.01,
    y: leg.knee.y + lateral.y * s * 0.042 - u.y * 0.01,
  });
  const condyles = [
    condyle(1),
    lerp(leg.neckJunction, leg.knee, 0.82),
    condyle(-1),
    { x: leg.knee.x + lateral.x * -0.03, y: leg.knee.y + lateral.y * -0.03 + u.y * 0.012 },
    {
      x: leg.knee.x + lateral.x * 0.03 + u.x * 0.012,
      y: leg.knee.y + lateral.y * 0.03 + u.y * 0.012,
    },
  ];
  const shaft = band(leg.neckJunction, lerp(leg.neckJunction, leg.knee, 0.85), 0.017, 0.015);
  const circle = (at: Vec2, r: number) => ({ cx: frame.x(at.x), cy: frame.y(at.y), r });
  return el('g', { 'aria-label': `${name} femur` }, [
    el('path', { d: pathOf(frame, shaft, 'closed'), ...boneStyle(t) }),
    el('path', { d: pathOf(frame, condyles, 'smooth'), ...boneStyle(t) }),
    el('path', {
      d: pathOf(frame, band(leg.hip, leg.neckJunction, 0.014, 0.017), 'closed'),
      ...boneStyle(t),
    }),
    el('circle', {
      ...circle(leg.greaterTrochanter, 0.017 * px),
      ...boneStyle(t),
      'aria-label': `${name} greater trochanter`,
    }),
    el('circle', {
      ...circle(leg.hip, headRadiusM * px),
      ...boneStyle(t),
      'aria-label': `${name} femoral head`,
    }),
    el('circle', { ...circle(leg.hip, 2.2 * t.lineScale), fill: t.boneEdge }),
  ]);
}

/** The tibia as a tapering band and the fibula as a line lateral of it. */
function shankNode({ leg, sign, frame, t, name }: LegDrawing): SvgNode {
  const { along: v, lateral } = axes(leg.knee, leg.ankle, sign);
  const lat = (d: number) => ({ x: lateral.x * d, y: lateral.y * d });
  const fibTop = {
    x: leg.knee.x + lat(0.028).x + v.x * 0.03,
    y: leg.knee.y + lat(0.028).y + v.y * 0.03,
  };
  const fibBottom = { x: leg.ankle.x + lat(0.022).x, y: leg.ankle.y + lat(0.022).y };
  return el('g', { 'aria-label': `${name} tibia and fibula` }, [
    el('path', {
      d: pathOf(frame, band(lerp(leg.knee, leg.ankle, 0.04), leg.ankle, 0.03, 0.017), 'closed'),
      ...boneStyle(t),
    }),
    el('line', {
      x1: frame.x(fibTop.x),
      y1: frame.y(fibTop.y),
      x2: frame.x(fibBottom.x),
      y2: frame.y(fibBottom.y),
      stroke: t.boneEdge,
      'stroke-width': 3 * t.lineScale,
      'stroke-linecap': 'round',
    }),
  ]);
}

/** The heel seen from behind, kept above the floor. */
function footNode({ leg, frame, t, name }: LegDrawing): SvgNode {
  const a = leg.ankle;
  const heel = [
    { x: a.x - 0.03, y: a.y },
    { x: a.x + 0.03, y: a.y },
    { x: a.x + 0.034, y: a.y - 0.055 },
    { x: a.x - 0.034, y: a.y - 0.055 },
  ].map((q) => ({ x: q.x, y: Math.max(q.y, a.y - 0.068) }));
  return el('path', {
    d: pathOf(frame, heel, 'smooth'),
    ...boneStyle(t),
    'aria-label': `${name} foot`,
  });
}

/** One leg: shank and foot under the femur. `sign` is +1 for the right leg, −1 for the left. */
export function legNode(
  leg: LegFigure,
  sign: 1 | -1,
  headRadiusM: number,
  frame: ScreenFrame,
  t: Theme,
  name: string,
): SvgNode {
  const d: LegDrawing = { leg, sign, frame, t, name };
  return el('g', { class: `leg leg-${name.toLowerCase()}`, 'data-stance': leg.stance.toFixed(2) }, [
    shankNode(d),
    footNode(d),
    femurNode(d, headRadiusM),
  ]);
}
