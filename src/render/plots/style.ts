/**
 * Line styles, dash patterns, type sizes and the series palette of the plots, derived from the
 * theme (src/render/theme.ts). Every series has a colour AND a dash pattern AND a label, so
 * nothing is told by colour alone.
 */
import type { MuscleGroup } from '../../../sim/index.ts';
import { OKABE_ITO, SCREEN_THEME, type Theme } from '../theme.ts';
import type { PlotOptions } from './types.ts';

/** How a curve is stroked: colour, width in px at line scale 1, dash pattern in px at line scale 1. */
export interface LineStyle {
  readonly colour: string;
  readonly widthPx: number;
  readonly dash?: string | undefined;
  readonly opacity?: number | undefined;
}

/** Dash patterns (px at line scale 1); `undefined` is a solid line. */
export const DASH = {
  solid: undefined,
  dashed: '10 5',
  shortDash: '5 4',
  dotted: '1.5 4',
  dashDot: '12 4 2 4',
  longDash: '18 6',
  dashDotDot: '10 3 2 3 2 3',
  ghost: '10 4',
} as const;

/** Width of the main curves, px at line scale 1. */
export const MAIN_WIDTH_PX = 2.6;
/** Width of reference curves, px at line scale 1. */
export const THIN_WIDTH_PX = 1.6;
/** Width of the pinned scenario's curves, px at line scale 1: well wider than the main curves. */
export const GHOST_WIDTH_PX = 6;

/** The theme of a plot (screen unless the options say otherwise). */
export function plotTheme(o: PlotOptions): Theme {
  return o.theme ?? SCREEN_THEME;
}

/** Type sizes, px: tick labels, axis labels, legends and curve labels, small notes. */
export interface FontSizes {
  readonly tick: number;
  readonly label: number;
  readonly legend: number;
}

/** Type sizes of a theme. */
export function fontSizes(t: Theme): FontSizes {
  return { tick: t.fontPx * 0.85, label: t.fontPx, legend: t.fontPx * 0.9 };
}

/** Estimated width of a line of text, px (DejaVu Sans averages ≈ 0.58 em per character). */
export function textWidthPx(text: string, fontPx: number): number {
  return text.length * fontPx * 0.58;
}

/** Bold text is about this much wider than regular text. */
export const BOLD_WIDTH = 1.08;

/** The first of `texts` (longest first) that fits in `maxPx` at `fontPx`; the last when none does. */
export function fitText(texts: readonly string[], maxPx: number, fontPx: number): string {
  return texts.find((s) => textWidthPx(s, fontPx) <= maxPx) ?? texts[texts.length - 1] ?? '';
}

/** A dash pattern scaled by the theme's line scale. */
export function scaledDash(dash: string | undefined, t: Theme): string | undefined {
  if (dash === undefined) return undefined;
  return dash
    .split(/\s+/)
    .map((v) => Number(v) * t.lineScale)
    .join(' ');
}

/**
 * The pinned scenario's curves: a wide, pale, dashed line in the ghost colour, drawn under the
 * current curves, so that where both coincide the current curve runs along the pinned one's
 * middle and both stay visible.
 */
export function ghostStyle(t: Theme): LineStyle {
  return { colour: t.ghost, widthPx: GHOST_WIDTH_PX, dash: DASH.ghost, opacity: 0.6 };
}

/** Colours of series that have no meaning in the theme (sides, compensations, muscle parts). */
export const SERIES_COLOURS = [
  OKABE_ITO.vermillion,
  OKABE_ITO.orange,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.blue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.black,
] as const;

/** Dash patterns of series told apart one by one (muscle parts, compensations). */
export const SERIES_DASHES: readonly (string | undefined)[] = [
  DASH.solid,
  DASH.dashed,
  DASH.dotted,
  DASH.dashDot,
  DASH.shortDash,
  DASH.dashDotDot,
  DASH.longDash,
  '3 3 10 3',
];

/** Faint fill of the normal bands and shaded phases. */
export const BAND_OPACITY = 0.14;
export const PHASE_OPACITY = 0.06;

/** Colour of each muscle group: the same hue for every part of a muscle. */
const GROUP_COLOURS: Readonly<Record<MuscleGroup, string>> = {
  gmed: OKABE_ITO.vermillion,
  gmin: OKABE_ITO.blue,
  tfl: OKABE_ITO.bluishGreen,
  piriformis: OKABE_ITO.reddishPurple,
  gmax: OKABE_ITO.black,
  adductors: OKABE_ITO.orange,
};

/** Dash of the first, second and third part of a muscle (anterior or upper, middle, posterior or lower). */
const PART_DASHES: readonly (string | undefined)[] = [DASH.solid, DASH.dashed, DASH.dotted];

/**
 * Line styles of muscle parts: colour by muscle (gluteus medius, minimus, TFL, piriformis,
 * maximus), dash by part within it (solid, dashed, dotted), so ten parts read as five colours and
 * three dashes.
 */
export function partStyles(
  parts: readonly { readonly group: MuscleGroup }[],
  widthPx: number,
): LineStyle[] {
  const seen = new Map<MuscleGroup, number>();
  return parts.map(({ group }) => {
    const k = seen.get(group) ?? 0;
    seen.set(group, k + 1);
    return {
      colour: GROUP_COLOURS[group],
      widthPx,
      dash: PART_DASHES[k] ?? SERIES_DASHES[k % SERIES_DASHES.length],
    };
  });
}
