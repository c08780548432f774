/**
 * Overlays of a single-leg stance in the close-up: the lines of action and each force's lever arm
 * about the stance hip as a dimension line, the pelvic drop angle as an arc, and the stance femur's
 * neck-shaft angle. Labels are only requested here; ./labels.ts places them.
 */
import { path } from 'd3-path';
import type { Vec2 } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { forceColour } from './forceArrows.ts';
import type { ScreenFrame } from './frame.ts';
import type { LabelRequest } from './labels.ts';
import type { BodyForce, BodyForceId, LegFigure, StanceOverlays } from './pose/index.ts';

/** Radius of the drop angle's arc, m, and of the neck-shaft angle's, fraction of height. */
const DROP_ARC_RADIUS_M = 0.16;
const NECK_ARC_FRACTION = 0.02;
/** Smallest lever arm and drop drawn, m and rad. */
const MIN_LEVER_ARM_M = 0.005;
const MIN_DROP_RAD = 0.002;
/** How far a line of action is drawn either side of its force's point, m. */
const LINE_OF_ACTION_HALF_M = 0.26;

/** The letter of each force's lever arm. */
export const ARM_SYMBOL: Record<BodyForceId, string> = {
  weight: 'd',
  muscles: 'r',
  'iliotibial-tract': 't',
  'capsule-iliofemoral': 'ℓ₁',
  'capsule-pubofemoral': 'ℓ₂',
  'bony-end-stop': 'b',
  contact: '',
  cane: 'c',
  load: 'l',
};

/** Length as the figure writes it. */
export const cm = (m: number) => `${(m * 100).toFixed(1)} cm`;
const degrees = (rad: number) => ((rad * 180) / Math.PI).toFixed(1);

/** Marks drawn and labels asked for. */
export interface OverlayMarks {
  readonly nodes: SvgNode[];
  readonly labels: LabelRequest[];
  readonly lines: [number, number][][];
}

/** A dimension line from `a` to `b` (world) with end ticks. */
function dimension(
  frame: ScreenFrame,
  t: Theme,
  a: Vec2,
  b: Vec2,
  colour: string,
  name: string,
): { node: SvgNode; line: [number, number][] } {
  const [x1, y1] = frame.at(a);
  const [x2, y2] = frame.at(b);
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const nx = (-(y2 - y1) / len) * 5 * t.lineScale;
  const ny = ((x2 - x1) / len) * 5 * t.lineScale;
  const stroke = { stroke: colour, 'stroke-width': 1.8 * t.lineScale };
  const tick = (x: number, y: number) =>
    el('line', { x1: x - nx, y1: y - ny, x2: x + nx, y2: y + ny, ...stroke });
  return {
    node: el('g', { class: 'dimension', 'aria-label': name }, [
      el('line', { x1, y1, x2, y2, ...stroke }),
      tick(x1, y1),
      tick(x2, y2),
    ]),
    line: [
      [x1, y1],
      [x2, y2],
    ],
  };
}

/** The words of a force's lever arm ("d = 10.1 cm"), if it has one worth drawing. */
export function armText(f: BodyForce): string | undefined {
  if (f.momentArmM < MIN_LEVER_ARM_M || f.id === 'contact') return undefined;
  return `${ARM_SYMBOL[f.id]} = ${cm(f.momentArmM)}`;
}

/**
 * Each drawn force's line of action and lever arm, labelled with its length, or only with its
 * letter when `short` (a small figure; the key gives the length).
 */
export function leverArms(
  forces: readonly BodyForce[],
  o: StanceOverlays,
  frame: ScreenFrame,
  t: Theme,
  short = false,
): OverlayMarks {
  const out: OverlayMarks = { nodes: [], labels: [], lines: [] };
  // Vertical forces share the level through the hip: their lever arms are stacked below it, the
  // shortest on the level, like dimension lines on a drawing.
  const vertical = forces
    .filter((f) => armText(f) !== undefined && Math.abs(f.force.x) < 1e-9 * f.forceN)
    .sort((a, b) => a.momentArmM - b.momentArmM);
  const step = 1.5 * t.fontPx;
  for (const f of forces) {
    const text = armText(f);
    if (text === undefined) continue;
    const drop = Math.max(0, vertical.indexOf(f)) * step;
    const colour = forceColour(f.id, t);
    const u = { x: f.force.x / f.forceN, y: f.force.y / f.forceN };
    const a = frame.at({
      x: f.at.x - u.x * LINE_OF_ACTION_HALF_M,
      y: f.at.y - u.y * LINE_OF_ACTION_HALF_M,
    });
    const b = frame.at({
      x: f.at.x + u.x * LINE_OF_ACTION_HALF_M,
      y: f.at.y + u.y * LINE_OF_ACTION_HALF_M,
    });
    out.nodes.push(
      el('line', {
        x1: a[0],
        y1: a[1],
        x2: b[0],
        y2: b[1],
        stroke: colour,
        'stroke-width': 1.2 * t.lineScale,
        'stroke-dasharray': '7 5',
        opacity: 0.8,
        class: 'line-of-action',
      }),
    );
    const below = (p: Vec2) => frame.y.invert(frame.y(p.y) + drop);
    const from = { x: o.hip.x, y: below(o.hip) };
    const d = dimension(
      frame,
      t,
      from,
      { x: f.armFoot.x, y: below(f.armFoot) },
      colour,
      `Lever arm of ${f.symbol}: ${text}`,
    );
    if (drop > 0) {
      const [hx, hy] = frame.at(o.hip);
      out.nodes.push(
        el('line', {
          x1: hx,
          y1: hy,
          x2: hx,
          y2: hy + drop + 4 * t.lineScale,
          stroke: colour,
          'stroke-width': 1 * t.lineScale,
          class: 'extension-line',
        }),
      );
    }
    out.nodes.push(d.node);
    out.lines.push(d.line);
    const [x1, y1] = d.line[0]!;
    const [x2, y2] = d.line[1]!;
    out.labels.push({
      text: short ? ARM_SYMBOL[f.id] : text,
      at: [(x1 + x2) / 2 + (x2 - x1) * 0.15, (y1 + y2) / 2 + (y2 - y1) * 0.15],
      colour,
      fontPx: t.fontPx * 0.92,
      prefer: Math.atan2(x2 - x1, -(y2 - y1)),
      leader: true,
    });
  }
  return out;
}

/** An arc about a screen point from angle a0 to a1 (world angles, counter-clockwise). */
function arcPath(c: [number, number], r: number, fromRad: number, toRad: number): string {
  // Screen angles run clockwise (y down): negate world angles.
  const a0 = -fromRad;
  const a1 = -toRad;
  const arc = path();
  arc.moveTo(c[0] + r * Math.cos(a0), c[1] + r * Math.sin(a0));
  arc.arc(c[0], c[1], r, a0, a1, a1 < a0);
  return arc.toString();
}

/** The pelvic drop as an arc from the level line at the stance hip, with its value in degrees. */
export function dropAngle(o: StanceOverlays, frame: ScreenFrame, t: Theme): OverlayMarks {
  if (!(Math.abs(o.drop.valueRad) > MIN_DROP_RAD)) return { nodes: [], labels: [], lines: [] };
  const c = frame.at(o.drop.centre);
  const r = DROP_ARC_RADIUS_M * frame.pxPerM;
  const a0 = -o.drop.fromRad;
  const mid = -(o.drop.fromRad + o.drop.toRad) / 2;
  const level: [number, number] = [c[0] + r * 1.15 * Math.cos(a0), c[1] + r * 1.15 * Math.sin(a0)];
  return {
    nodes: [
      el(
        'g',
        { class: 'drop-angle', 'aria-label': `Pelvic drop ${degrees(o.drop.valueRad)} degrees` },
        [
          el('line', {
            x1: c[0],
            y1: c[1],
            x2: level[0],
            y2: level[1],
            stroke: t.ink,
            'stroke-width': 1.2 * t.lineScale,
            'stroke-dasharray': '3 3',
          }),
          el('path', {
            d: arcPath(c, r, o.drop.fromRad, o.drop.toRad),
            fill: 'none',
            stroke: t.ink,
            'stroke-width': 2 * t.lineScale,
          }),
        ],
      ),
    ],
    labels: [
      {
        text: `${degrees(o.drop.valueRad)}°`,
        at: [c[0] + r * Math.cos(mid), c[1] + r * Math.sin(mid)],
        colour: t.ink,
        fontPx: t.fontPx,
        prefer: mid,
        leader: true,
      },
    ],
    lines: [[c, level]],
  };
}

/** The neck-shaft angle of a femur as an arc at its neck junction, with its value. */
export function neckShaftAngle(
  leg: LegFigure,
  heightM: number,
  frame: ScreenFrame,
  t: Theme,
): OverlayMarks {
  const n = leg.neckJunction;
  const toHead = Math.atan2(leg.hip.y - n.y, leg.hip.x - n.x);
  const toKnee = Math.atan2(leg.knee.y - n.y, leg.knee.x - n.x);
  let sweep = toKnee - toHead;
  while (sweep > Math.PI) sweep -= 2 * Math.PI;
  while (sweep < -Math.PI) sweep += 2 * Math.PI;
  const c = frame.at(n);
  const r = NECK_ARC_FRACTION * heightM * frame.pxPerM;
  const mid = -(toHead + sweep / 2);
  const value = Math.round((Math.abs(sweep) * 180) / Math.PI);
  return {
    nodes: [
      el('path', {
        d: arcPath(c, r, toHead, toHead + sweep),
        fill: 'none',
        stroke: t.mutedInk,
        'stroke-width': 1.4 * t.lineScale,
        class: 'neck-shaft-angle',
        'aria-label': `Angle between the femoral neck and shaft: ${value} degrees`,
      }),
    ],
    labels: [
      {
        text: `${value}°`,
        at: [c[0] + r * Math.cos(mid), c[1] + r * Math.sin(mid)],
        colour: t.mutedInk,
        fontPx: t.fontPx * 0.85,
        prefer: mid,
        leader: true,
      },
    ],
    lines: [],
  };
}
