/**
 * Abductor muscles drawn along their lines of action: width shows force, fill shows activation
 * (light to dark vermillion), a paralysed muscle is grey with a dashed outline and says so in its
 * label. The iliotibial tract continues TFL down the thigh.
 */
import type { FigurePose, MuscleFigure } from './pose/index.ts';
import { interpolateLab } from 'd3-interpolate';

import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import { band, pathOf } from './shapes.ts';

/** Muscle half-width at no force and the extra at 0.8 body weights, m. */
const MIN_HALF_WIDTH_M = 0.005;
const EXTRA_HALF_WIDTH_M = 0.014;
const FULL_FORCE_BW = 0.8;

/** Accessible description of one muscle part. */
export function muscleLabel(m: MuscleFigure): string {
  const side = m.side === 'right' ? 'Right' : 'Left';
  if (m.strength === 0)
    return `${side} ${m.name}: paralysed (0 % strength), passive force ${Math.round(m.forceN)} N. Open muscle card.`;
  return `${side} ${m.name}: activation ${Math.round(m.activation * 100)} %, force ${Math.round(m.forceN)} N, strength ${Math.round(m.strength * 100)} %. Open muscle card.`;
}

/** One muscle part. */
function muscleNode(m: MuscleFigure, frame: ScreenFrame, t: Theme, bodyWeightN: number): SvgNode {
  const share = Math.min(1, m.forceN / (FULL_FORCE_BW * bodyWeightN));
  const half = MIN_HALF_WIDTH_M + EXTRA_HALF_WIDTH_M * share;
  const paralysed = m.strength === 0;
  const fill = paralysed ? t.paralysed : interpolateLab(t.muscleLow, t.muscleHigh)(m.activation);
  const outline = band(m.origin, m.insertion, half * 1.25, half * 0.55);
  return el('path', {
    d: pathOf(frame, outline, 'smooth'),
    fill,
    'fill-opacity': paralysed ? 0.35 : 0.55 + 0.4 * m.activation,
    stroke: paralysed ? t.mutedInk : t.muscleEdge,
    'stroke-width': 1.1 * t.lineScale,
    'stroke-dasharray': paralysed ? '4 3' : undefined,
    'data-muscle': m.group,
    'data-part': m.id,
    'data-side': m.side,
    'data-activation': m.activation.toFixed(3),
    tabindex: 0,
    role: 'button',
    'aria-label': muscleLabel(m),
    class: `muscle muscle-${m.group}${paralysed ? ' paralysed' : ''}`,
  });
}

/** All muscle parts, deep (minimus) first, then medius, then TFL with its iliotibial tract. */
export function musclesNode(
  pose: FigurePose,
  frame: ScreenFrame,
  t: Theme,
  bodyWeightN: number,
): SvgNode {
  const order = { gmin: 0, piriformis: 1, adductors: 2, gmed: 3, gmax: 4, tfl: 5 } as const;
  const sorted = [...pose.muscles].sort((a, b) => order[a.group] - order[b.group]);
  const itb = (['right', 'left'] as const).flatMap((side) => {
    const tfl = pose.muscles.find((m) => m.side === side && m.group === 'tfl');
    const leg = side === 'right' ? pose.right : pose.left;
    if (!tfl) return [];
    const sign = side === 'right' ? 1 : -1;
    const end = { x: leg.knee.x + sign * 0.035, y: leg.knee.y - 0.03 };
    return [
      el('path', {
        d: pathOf(frame, band(tfl.insertion, end, 0.006, 0.008), 'closed'),
        fill: t.bone,
        stroke: t.muscleEdge,
        'stroke-width': 0.9 * t.lineScale,
        'fill-opacity': 0.7,
        'aria-label': `${side === 'right' ? 'Right' : 'Left'} iliotibial tract`,
      }),
    ];
  });
  return el('g', { class: 'muscles', 'aria-label': 'Hip abductor muscles' }, [
    ...itb,
    ...sorted.map((m) => muscleNode(m, frame, t, bodyWeightN)),
  ]);
}
