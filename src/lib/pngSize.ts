/**
 * The size of a PNG the app exports: the scale and print resolution a choice in the export menu
 * gives ("screen", 300 or 600 dpi, or a width in pixels), or why it cannot be made; and whether a
 * type size on paper can be used. Limits from the one table of caps (sim/fields/caps.ts), the same
 * the command line keeps.
 */
import { CAPS, imageSizeProblem } from '../../sim/index.ts';
import { SCREEN_DPI } from '../render/export/png.ts';

/**
 * Why a type size typed for an export on paper cannot be used (empty, not a number, or outside
 * the caps), in words without a full stop (the box adds one, the menu says what it did not do);
 * undefined when it can.
 */
export function paperFontProblem(fontPt: number | null | undefined): string | undefined {
  const { min, max } = CAPS.paperFontPt;
  return typeof fontPt === 'number' && Number.isFinite(fontPt) && fontPt >= min && fontPt <= max
    ? undefined
    : `Type size must be from ${min} to ${max} pt`;
}

/** A PNG to draw at `scale` × the scene's size, marked `dpi`; or why not. */
export type PngPlan =
  | { readonly ok: true; readonly scale: number; readonly dpi: number }
  | { readonly ok: false; readonly problem: string };

/**
 * The PNG for a resolution choice of a scene `widthPx` × `heightPx` (screen pixels).
 * @param resolution "screen", "300", "600" or "width"
 * @param chosenWidthPx the width typed for "width" (empty: null or undefined)
 */
export function pngPlan(
  resolution: string,
  chosenWidthPx: number | null | undefined,
  widthPx: number,
  heightPx: number,
): PngPlan {
  const { min, max } = CAPS.pngWidthPx;
  let plan: { scale: number; dpi: number };
  if (resolution === 'width') {
    const w = chosenWidthPx;
    if (typeof w !== 'number' || !Number.isInteger(w) || w < min || w > max)
      return {
        ok: false,
        problem: `PNG width must be a whole number of pixels from ${min} to ${max}: nothing was exported.`,
      };
    plan = { scale: w / widthPx, dpi: SCREEN_DPI };
  } else {
    const dpi = resolution === '300' || resolution === '600' ? Number(resolution) : SCREEN_DPI;
    plan = { scale: dpi / SCREEN_DPI, dpi };
  }
  const problem = imageSizeProblem(widthPx * plan.scale, heightPx * plan.scale);
  return problem
    ? { ok: false, problem: `The PNG was not exported: ${problem}.` }
    : { ok: true, ...plan };
}
