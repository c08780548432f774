/**
 * The force arrows over a single-leg stance: partial body weight, resultant abductor force, hip
 * contact force, cane and carried load, each as long as its share of body weight and labelled
 * with its value (not told by colour alone).
 */
import type { Vec2 } from '../../../sim/index.ts';
import { forceText } from '../format.ts';
import type { SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { arrow, label, type Anchor } from './annotations.ts';
import type { ScreenFrame } from './frame.ts';
import type { StanceOverlays } from './pose/index.ts';

/** Arrow length per body weight of force, m, and the shortest arrow drawn. */
const ARROW_M_PER_BW = 0.1;
const MIN_ARROW_M = 0.05;
/** Smallest abductor force drawn (with its line of action and lever arm), N. */
export const MIN_FORCE_N = 1;

/** One force: an arrow from `from` to `to` (world) and its label at `labelAt`. */
interface ForceMark {
  readonly from: Vec2;
  readonly to: Vec2;
  readonly colour: string;
  readonly name: string;
  /** The label's text before the force's value ("W", "Fab"). */
  readonly symbol: string;
  readonly forceN: number;
  readonly labelAt: Vec2;
  readonly anchor?: Anchor;
}

/** The forces on the pelvis and the hands, each as an arrow `ARROW_M_PER_BW` long per body weight. */
function forces(o: StanceOverlays, t: Theme, bodyWeightN: number): ForceMark[] {
  const len = (n: number) => Math.max(MIN_ARROW_M, (n / bodyWeightN) * ARROW_M_PER_BW);
  /** The start of an arrow that ends at `end` along `dir` (a unit vector). */
  const before = (end: Vec2, dir: Vec2, forceN: number) => ({
    x: end.x - dir.x * len(forceN),
    y: end.y - dir.y * len(forceN),
  });
  const down = (p: Vec2, forceN: number) => ({ x: p.x, y: p.y - len(forceN) });
  // Medial = toward the swing side (the drop arc starts on that side).
  const medial = o.drop.fromRad === 0 ? 1 : -1;
  const w = o.partialCom;
  const marks: ForceMark[] = [
    {
      from: w,
      to: down(w, o.partialWeightN),
      colour: t.weight,
      name: 'Partial body weight',
      symbol: 'W',
      forceN: o.partialWeightN,
      labelAt: { x: w.x + medial * 0.015, y: w.y + 0.01 },
      anchor: medial < 0 ? 'end' : 'start',
    },
  ];
  if (o.abductor.forceN > MIN_FORCE_N) {
    const from = before(o.abductor.at, o.abductor.direction, o.abductor.forceN);
    marks.push({
      from,
      to: o.abductor.at,
      colour: t.abductor,
      name: 'Resultant abductor force',
      symbol: 'Fab',
      forceN: o.abductor.forceN,
      labelAt: { x: from.x + 0.025, y: from.y + 0.02 },
    });
  }
  const contactFrom = before(o.hip, o.contact.direction, o.contact.forceN);
  marks.push({
    from: contactFrom,
    to: o.hip,
    colour: t.contact,
    name: 'Hip contact force on the femoral head',
    symbol: 'R',
    forceN: o.contact.forceN,
    labelAt: { x: contactFrom.x + 0.02, y: contactFrom.y + 0.015 },
  });
  if (o.cane) {
    const from = down(o.cane.hand, o.cane.forceN);
    marks.push({
      from,
      to: o.cane.hand,
      colour: t.cane,
      name: 'Cane force, upward on the hand',
      symbol: 'cane',
      forceN: o.cane.forceN,
      labelAt: { x: from.x, y: from.y - 0.03 },
      anchor: 'middle',
    });
  }
  if (o.load) {
    const to = down(o.load.hand, o.load.forceN);
    marks.push({
      from: o.load.hand,
      to,
      colour: t.load,
      name: 'Weight of the carried load',
      symbol: 'load',
      forceN: o.load.forceN,
      labelAt: { x: to.x, y: to.y - 0.03 },
      anchor: 'middle',
    });
  }
  return marks;
}

/** Each force's arrow, and its label with the value in `units`. */
export function forceArrows(
  o: StanceOverlays,
  frame: ScreenFrame,
  t: Theme,
  bodyWeightN: number,
  units: 'N' | 'BW',
): SvgNode[] {
  return forces(o, t, bodyWeightN).flatMap((f) => [
    arrow(frame, t, f.from, f.to, f.colour, f.name),
    label(
      t,
      frame.at(f.labelAt),
      `${f.symbol} ${forceText(f.forceN, bodyWeightN, units)}`,
      f.colour,
      f.anchor,
    ),
  ]);
}
