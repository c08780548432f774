/**
 * Overlays of a single-leg stance: force arrows (partial body weight, resultant abductor force,
 * hip contact force, cane, load), the two lever arms as labelled dimension lines, and the pelvic
 * drop angle as an arc with its value. Every arrow has a text label, not only a colour.
 */
import type { StanceOverlays } from './pose/index.ts';
import { path } from 'd3-path';
import type { Vec2 } from '../../../sim/index.ts';
import { el, textEl, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';

/** Which overlays to draw. */
export interface OverlayChoice {
  readonly forces: boolean;
  readonly momentArms: boolean;
  readonly dropAngle: boolean;
}

/** Arrow length per body weight of force, m, and the shortest arrow drawn. */
const ARROW_M_PER_BW = 0.1;
const MIN_ARROW_M = 0.05;

function fmtForce(n: number, bw: number, units: 'N' | 'BW'): string {
  return units === 'N' ? `${Math.round(n)} N` : `${(n / bw).toFixed(2)} × BW`;
}

function label(
  t: Theme,
  at: [number, number],
  text: string,
  colour: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
): SvgNode {
  return textEl(
    'text',
    {
      x: at[0],
      y: at[1],
      'text-anchor': anchor,
      'dominant-baseline': 'middle',
      'font-size': t.fontPx,
      'font-weight': 600,
      fill: colour,
      stroke: t.background,
      'stroke-width': 4,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    text,
  );
}

/** An arrow from `from` to `to` (world), its head at `to`. */
function arrow(
  frame: ScreenFrame,
  t: Theme,
  from: Vec2,
  to: Vec2,
  colour: string,
  name: string,
): SvgNode {
  const [x1, y1] = frame.at(from);
  const [x2, y2] = frame.at(to);
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const head = 11 * t.lineScale;
  const w = 5.5 * t.lineScale;
  const bx = x2 - ux * head;
  const by = y2 - uy * head;
  return el('g', { class: 'arrow', 'aria-label': name }, [
    el('line', {
      x1,
      y1,
      x2: bx,
      y2: by,
      stroke: colour,
      'stroke-width': 3.2 * t.lineScale,
      'stroke-linecap': 'round',
    }),
    el('path', {
      d: `M${x2},${y2}L${bx - uy * w},${by + ux * w}L${bx + uy * w},${by - ux * w}Z`,
      fill: colour,
    }),
  ]);
}

/** A dimension line with end ticks and a label. */
function dimension(
  frame: ScreenFrame,
  t: Theme,
  a: Vec2,
  b: Vec2,
  text: string,
  colour: string,
  labelSide: 1 | -1 = 1,
): SvgNode {
  const [x1, y1] = frame.at(a);
  const [x2, y2] = frame.at(b);
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const nx = (-(y2 - y1) / len) * 6;
  const ny = ((x2 - x1) / len) * 6;
  return el('g', { class: 'dimension', 'aria-label': text }, [
    el('line', { x1, y1, x2, y2, stroke: colour, 'stroke-width': 1.6 * t.lineScale }),
    el('line', {
      x1: x1 - nx,
      y1: y1 - ny,
      x2: x1 + nx,
      y2: y1 + ny,
      stroke: colour,
      'stroke-width': 1.6 * t.lineScale,
    }),
    el('line', {
      x1: x2 - nx,
      y1: y2 - ny,
      x2: x2 + nx,
      y2: y2 + ny,
      stroke: colour,
      'stroke-width': 1.6 * t.lineScale,
    }),
    label(
      t,
      [(x1 + x2) / 2 + labelSide * nx * 3, (y1 + y2) / 2 + labelSide * ny * 3],
      text,
      colour,
      'middle',
    ),
  ]);
}

/** Dashed line of action through a point along a direction, `halfM` either way. */
function lineOfAction(
  frame: ScreenFrame,
  t: Theme,
  p: Vec2,
  dir: Vec2,
  halfM: number,
  colour: string,
): SvgNode {
  const a = frame.at({ x: p.x - dir.x * halfM, y: p.y - dir.y * halfM });
  const b = frame.at({ x: p.x + dir.x * halfM, y: p.y + dir.y * halfM });
  return el('line', {
    x1: a[0],
    y1: a[1],
    x2: b[0],
    y2: b[1],
    stroke: colour,
    'stroke-width': 1.2 * t.lineScale,
    'stroke-dasharray': '7 5',
    opacity: 0.85,
  });
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
  const parts: SvgNode[] = [];
  const bw = bodyWeightN;
  const len = (n: number) => Math.max(MIN_ARROW_M, (n / bw) * ARROW_M_PER_BW);
  if (choice.momentArms) {
    parts.push(lineOfAction(frame, t, o.partialCom, { x: 0, y: 1 }, 0.35, t.weight));
    if (o.abductor.forceN > 1)
      parts.push(lineOfAction(frame, t, o.abductor.at, o.abductor.direction, 0.22, t.abductor));
    if (o.weightMomentArmM > 0.01)
      parts.push(
        dimension(
          frame,
          t,
          o.hip,
          o.weightArmFoot,
          `d = ${(o.weightMomentArmM * 100).toFixed(1)} cm`,
          t.weight,
          o.weightArmFoot.x < o.hip.x ? -1 : 1,
        ),
      );
    if (o.abductor.forceN > 1)
      parts.push(
        dimension(
          frame,
          t,
          o.hip,
          o.abductorArmFoot,
          `r = ${(o.abductorMomentArmM * 100).toFixed(1)} cm`,
          t.abductor,
        ),
      );
  }
  if (choice.dropAngle && Math.abs(o.drop.valueRad) > 0.002) {
    const [cx, cy] = frame.at(o.drop.centre);
    const r = 0.16 * frame.pxPerM;
    // Screen angles run clockwise (y down): negate world angles.
    const a0 = -o.drop.fromRad;
    const a1 = -o.drop.toRad;
    const p = path();
    p.moveTo(cx + r * Math.cos(a0), cy + r * Math.sin(a0));
    p.arc(cx, cy, r, a0, a1, a1 < a0);
    const mid = (a0 + a1) / 2;
    parts.push(
      el(
        'g',
        {
          class: 'drop-angle',
          'aria-label': `Pelvic drop ${((o.drop.valueRad * 180) / Math.PI).toFixed(1)} degrees`,
        },
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
            d: p.toString(),
            fill: 'none',
            stroke: t.ink,
            'stroke-width': 2 * t.lineScale,
          }),
          label(
            t,
            [cx + r * 1.35 * Math.cos(mid), cy + r * 1.35 * Math.sin(mid)],
            `${((o.drop.valueRad * 180) / Math.PI).toFixed(1)}°`,
            t.ink,
            'middle',
          ),
        ],
      ),
    );
  }
  if (choice.forces) {
    // Medial = toward the swing side (the drop arc starts on that side).
    const medial = o.drop.fromRad === 0 ? 1 : -1;
    const w = o.partialCom;
    const wEnd = { x: w.x, y: w.y - len(o.partialWeightN) };
    parts.push(arrow(frame, t, w, wEnd, t.weight, 'Partial body weight'));
    parts.push(
      label(
        t,
        frame.at({ x: w.x + medial * 0.015, y: w.y + 0.01 }),
        `W ${fmtForce(o.partialWeightN, bw, units)}`,
        t.weight,
        medial < 0 ? 'end' : 'start',
      ),
    );
    if (o.abductor.forceN > 1) {
      const end = o.abductor.at;
      const L = len(o.abductor.forceN);
      const start = {
        x: end.x - o.abductor.direction.x * L,
        y: end.y - o.abductor.direction.y * L,
      };
      parts.push(arrow(frame, t, start, end, t.abductor, 'Resultant abductor force'));
      parts.push(
        label(
          t,
          frame.at({ x: start.x + 0.025, y: start.y + 0.02 }),
          `Fab ${fmtForce(o.abductor.forceN, bw, units)}`,
          t.abductor,
        ),
      );
    }
    const cEnd = o.hip;
    const CL = len(o.contact.forceN);
    const cStart = {
      x: cEnd.x - o.contact.direction.x * CL,
      y: cEnd.y - o.contact.direction.y * CL,
    };
    parts.push(arrow(frame, t, cStart, cEnd, t.contact, 'Hip contact force on the femoral head'));
    parts.push(
      label(
        t,
        frame.at({ x: cStart.x + 0.02, y: cStart.y + 0.015 }),
        `R ${fmtForce(o.contact.forceN, bw, units)}`,
        t.contact,
      ),
    );
    if (o.cane) {
      const end = o.cane.hand;
      const start = { x: end.x, y: end.y - len(o.cane.forceN) };
      parts.push(arrow(frame, t, start, end, t.cane, 'Cane force, upward on the hand'));
      parts.push(
        label(
          t,
          frame.at({ x: start.x, y: start.y - 0.03 }),
          `cane ${fmtForce(o.cane.forceN, bw, units)}`,
          t.cane,
          'middle',
        ),
      );
    }
    if (o.load) {
      const start = o.load.hand;
      const end = { x: start.x, y: start.y - len(o.load.forceN) };
      parts.push(arrow(frame, t, start, end, t.load, 'Weight of the carried load'));
      parts.push(
        label(
          t,
          frame.at({ x: end.x, y: end.y - 0.03 }),
          `load ${fmtForce(o.load.forceN, bw, units)}`,
          t.load,
          'middle',
        ),
      );
    }
  }
  return el('g', { class: 'overlays', 'aria-label': 'Forces and lever arms' }, parts);
}
