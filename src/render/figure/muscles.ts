/**
 * The hip muscles seen from behind, each part a leaf from its origin on the pelvis (broad) to its
 * insertion on the femur (a tendon), along the model's line of action; the parts of a group join
 * into one belly with one outline. Fill shows activation (light to dark vermillion, see the colour
 * bar); a paralysed part is grey with a dashed outline and says so in its name. Every part is a
 * button that opens its card, named on hover and focus (an SVG title). The iliotibial tract (in
 * the close-up) runs from the iliac crest down the lateral thigh to the tibia. Gluteus maximus,
 * superficial in life, is drawn under the abductors so they stay in view.
 */
import { interpolateLab, interpolateRgb } from 'd3-interpolate';
import type { MuscleGroup, Vec2 } from '../../../sim/index.ts';
import { el, textEl, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { partFrame, placed, type ScreenFrame } from './frame.ts';
import type { FigurePose, LegFigure, MuscleFigure } from './pose/index.ts';
import { cached, pathOf, place, stepped } from './shapes.ts';

/** Half-width of each group's leaf at its origin, fraction of H (drawing choice after the muscles' size). */
const ORIGIN_HALF: Record<MuscleGroup, number> = {
  gmed: 0.016,
  gmin: 0.011,
  tfl: 0.007,
  piriformis: 0.006,
  gmax: 0.02,
  adductors: 0.009,
};
/** Half-width of a tendon at its insertion, fraction of H. */
const TENDON_HALF = 0.0025;
/** Half-width of the iliotibial tract, fraction of H (≈ 1 cm wide: drawing). */
const TRACT_HALF = 0.003;
/** Activation below which an adductor is left out (they act only when the pelvis over-balances). */
const IDLE_ADDUCTOR = 0.02;
/** How much fainter the other side's muscles are in a close-up of one hip. */
const FADED = 0.45;
/** Drawing order, deep to superficial as shown: maximus first so the abductors stay in view. */
const ORDER: readonly MuscleGroup[] = ['adductors', 'gmax', 'piriformis', 'gmin', 'gmed', 'tfl'];

/** The group's name as a label (lecture mode) and in the key. */
export const GROUP_NAME: Record<MuscleGroup, string> = {
  gmed: 'Gluteus medius',
  gmin: 'Gluteus minimus',
  tfl: 'Tensor fasciae latae',
  gmax: 'Gluteus maximus',
  piriformis: 'Piriformis',
  adductors: 'Adductors',
};

/** Accessible description of one muscle part. */
export function muscleLabel(m: MuscleFigure): string {
  const side = m.side === 'right' ? 'Right' : 'Left';
  if (m.strength === 0)
    return `${side} ${m.name}: paralysed (0 % strength), passive force ${Math.round(m.forceN)} N. Open muscle card.`;
  return `${side} ${m.name}: activation ${Math.round(m.activation * 100)} %, force ${Math.round(m.forceN)} N, strength ${Math.round(m.strength * 100)} %. Open muscle card.`;
}

/**
 * The leaf of one part in its own frame (origin at the muscle's origin, its insertion straight
 * below at `lengthM`): broad at the origin, bellied, a tendon at the insertion, fractions of H.
 */
export function leaf(group: MuscleGroup, lengthM: number, H: number): Vec2[] {
  const w0 = ORIGIN_HALF[group] * H;
  const wt = TENDON_HALF * H;
  const at = (f: number, w: number) => ({ x: w, y: -lengthM * f });
  return [
    at(0, w0),
    at(0.45, w0 * 0.95),
    at(0.85, wt * 1.6),
    at(1, wt),
    at(1, -wt),
    at(0.85, -wt * 1.6),
    at(0.45, -w0 * 0.95),
    at(0, -w0),
  ];
}

/** Activation colour scales by theme colours, made once. */
const scales = new Map<string, (a: number) => string>();
/** The fill of an activation, light to dark. */
export function activationColour(t: Theme, activation: number): string {
  const key = `${t.muscleLow}:${t.muscleHigh}`;
  let scale = scales.get(key);
  if (!scale) {
    scale = interpolateLab(t.muscleLow, t.muscleHigh);
    scales.set(key, scale);
  }
  // To a hundredth of full activation: a walking figure reuses its colours.
  const a = Math.round(activation * 100) / 100;
  return cached(`activation:${key}:${a}`, () => scale(a));
}

/** A part's leaf as drawn: its path in its own frame and where it goes. */
function placedLeaf(
  m: MuscleFigure,
  frame: ScreenFrame,
  H: number,
): { d: string; transform: string } {
  const dx = m.insertion.x - m.origin.x;
  const dy = m.insertion.y - m.origin.y;
  const len = stepped(Math.hypot(dx, dy));
  return {
    d: cached(`leaf:${m.group}:${len}:${H}:${frame.pxPerM}`, () =>
      pathOf(partFrame(frame), leaf(m.group, len, H), 'smooth'),
    ),
    transform: placed(frame, m.origin, Math.atan2(dx, -dy)),
  };
}

/**
 * One muscle part: a button with its name. Its fill is opaque (the activation colour laid over the
 * skin at `opacity`), so that the parts of a group join into one belly.
 */
function muscleNode(
  m: MuscleFigure,
  shape: { d: string; transform: string },
  t: Theme,
  opacity: number,
): SvgNode {
  const paralysed = m.strength === 0;
  const colour = paralysed ? t.paralysed : activationColour(t, m.activation);
  const share = opacity * (paralysed ? 0.45 : 0.6 + 0.35 * m.activation);
  return el(
    'g',
    {
      class: `muscle muscle-${m.group}${paralysed ? ' paralysed' : ''}`,
      'data-muscle': m.group,
      'data-part': m.id,
      'data-side': m.side,
      tabindex: 0,
      role: 'button',
      'aria-label': muscleLabel(m),
    },
    [
      textEl('title', {}, `${m.side === 'right' ? 'Right' : 'Left'} ${m.name}`),
      el('path', { ...shape, fill: over(t.skin, colour, share) }),
    ],
  );
}

/** `colour` laid over `base` at `share` (0-1, to a hundredth), as one opaque colour. */
function over(base: string, colour: string, share: number): string {
  const s = Math.round(share * 100) / 100;
  return cached(`over:${base}:${colour}:${s}`, () => interpolateRgb(base, colour)(s));
}

/**
 * One group of one side as a single belly: the parts' outlines drawn wide underneath (dashed where
 * a part is paralysed), then the parts filled over them, so only the group's outline shows.
 */
function groupNode(
  parts: readonly MuscleFigure[],
  frame: ScreenFrame,
  t: Theme,
  H: number,
  opacity: number,
): SvgNode {
  const shapes = parts.map((m) => placedLeaf(m, frame, H));
  return el('g', { class: 'muscle-group' }, [
    el(
      'g',
      {
        fill: 'none',
        'stroke-width': 2 * t.lineScale,
        'aria-hidden': 'true',
        'pointer-events': 'none',
      },
      parts.map((m, i) =>
        el('path', {
          ...shapes[i]!,
          stroke: m.strength === 0 ? t.mutedInk : t.muscleEdge,
          'stroke-dasharray': m.strength === 0 ? '4 3' : undefined,
        }),
      ),
    ),
    ...parts.map((m, i) => muscleNode(m, shapes[i]!, t, opacity)),
  ]);
}

/** The iliotibial tract of one side: from the iliac crest over the trochanter down to the tibia. */
function tractNode(
  pose: FigurePose,
  side: 'right' | 'left',
  frame: ScreenFrame,
  t: Theme,
): SvgNode[] {
  const tfl = pose.muscles.find((m) => m.side === side && m.group === 'tfl');
  if (!tfl) return [];
  const H = pose.heightM;
  const sign = side === 'right' ? 1 : -1;
  const leg: LegFigure = side === 'right' ? pose.right : pose.left;
  const shankLen = Math.hypot(leg.ankle.x - leg.knee.x, leg.ankle.y - leg.knee.y);
  const onFemur = (x: number, y: number) => place(leg.hip, leg.femurAngleRad, { x: sign * x, y });
  const G = leg.femur.greaterTrochanter;
  const thigh = Math.hypot(leg.knee.x - leg.hip.x, leg.knee.y - leg.hip.y);
  const line = [
    tfl.origin,
    onFemur(G.x + 0.014 * H, G.y),
    onFemur(G.x + 0.012 * H, -0.5 * thigh),
    onFemur(0.026 * H, -0.92 * thigh),
    place(leg.knee, leg.shankAngleRad, {
      x: sign * 0.017 * H,
      y: -Math.min(0.035 * H, 0.3 * shankLen),
    }),
  ];
  const name = `${side === 'right' ? 'Right' : 'Left'} iliotibial tract`;
  return [
    el('g', { class: 'iliotibial-tract', 'aria-label': name }, [
      textEl('title', {}, `${name} (passive: it holds the pelvis when the abductors cannot)`),
      el('path', {
        d: pathOf(frame, line, 'curve'),
        fill: 'none',
        stroke: t.boneEdge,
        'stroke-width': TRACT_HALF * 2 * H * frame.pxPerM + 2 * t.lineScale,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
        opacity: 0.45,
      }),
      el('path', {
        d: pathOf(frame, line, 'curve'),
        fill: 'none',
        stroke: t.tendon,
        'stroke-width': TRACT_HALF * 2 * H * frame.pxPerM,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }),
    ]),
  ];
}

/**
 * All muscle parts, left side first, deep to superficial as drawn, with the iliotibial tracts; an
 * idle adductor is left out. `opacity` scales the fills (the close-up lets the bones show through),
 * fainter still on the side other than `focus`.
 */
export function musclesNode(
  pose: FigurePose,
  frame: ScreenFrame,
  t: Theme,
  opacity = 1,
  tract = true,
  focus?: 'right' | 'left',
): SvgNode {
  const H = pose.heightM;
  const nodes: SvgNode[] = [];
  for (const side of ['left', 'right'] as const)
    for (const group of ORDER) {
      const parts = pose.muscles.filter(
        (m) =>
          m.side === side &&
          m.group === group &&
          (group !== 'adductors' || m.activation >= IDLE_ADDUCTOR),
      );
      if (parts.length > 0)
        nodes.push(
          groupNode(parts, frame, t, H, focus && side !== focus ? opacity * FADED : opacity),
        );
      if (group === 'gmax' && tract) nodes.push(...tractNode(pose, side, frame, t));
    }
  return el('g', { class: 'muscles', 'aria-label': 'Hip muscles' }, nodes);
}

/** Where a muscle group's label points: the middle of its parts' bellies (world). */
export function groupCentres(
  pose: FigurePose,
  side: 'right' | 'left',
): { group: MuscleGroup; at: Vec2 }[] {
  const groups = new Map<MuscleGroup, Vec2[]>();
  for (const m of pose.muscles)
    if (m.side === side) {
      const belly = {
        x: m.origin.x * 0.6 + m.insertion.x * 0.4,
        y: m.origin.y * 0.6 + m.insertion.y * 0.4,
      };
      groups.set(m.group, [...(groups.get(m.group) ?? []), belly]);
    }
  return [...groups].map(([group, pts]) => ({
    group,
    at: {
      x: pts.reduce((s, p) => s + p.x, 0) / pts.length,
      y: pts.reduce((s, p) => s + p.y, 0) / pts.length,
    },
  }));
}
