/**
 * Sizes on paper. Every scene is drawn in CSS pixels (1/96 inch), so a print size is only a
 * choice of pixel size and type size: a plot 85 mm wide is laid out 321.3 px wide, its type is
 * `fontPt` × 96/72 px, and the root <svg> says width="85mm" over the same pixel viewBox, so that
 * the type prints at exactly `fontPt` points. Millimetres and points exist only in this file.
 */
import type { SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';

/** Millimetres per inch (exact). */
export const MM_PER_IN = 25.4;
/** CSS pixels per inch (CSS Values and Units Level 3, §5.2: 1px = 1/96 in). */
export const PX_PER_IN = 96;
/** Points per inch (PostScript point). */
export const PT_PER_IN = 72;

/** Pixels (CSS) in `mm` millimetres. */
export const pxOfMm = (mm: number): number => (mm / MM_PER_IN) * PX_PER_IN;
/** Millimetres in `px` CSS pixels. */
export const mmOfPx = (px: number): number => (px / PX_PER_IN) * MM_PER_IN;
/** Pixels (CSS) in `pt` points. */
export const pxOfPt = (pt: number): number => (pt / PT_PER_IN) * PX_PER_IN;
/** Points in `px` CSS pixels. */
export const ptOfPx = (px: number): number => (px / PX_PER_IN) * PT_PER_IN;

/** A size on paper: width and height, mm, and the base type size, pt (tick labels are smaller). */
export interface PaperSize {
  readonly widthMm: number;
  readonly heightMm: number;
  readonly fontPt: number;
}

/**
 * A named print size: its width, its height as a share of the width (none: the drawing's own,
 * e.g. taller for the gait cycle's three panels), and a suggested type size.
 */
export interface PaperPreset {
  readonly id: 'journal-single' | 'journal-double' | 'slide';
  readonly label: string;
  readonly widthMm: number;
  readonly heightPerWidth?: number | undefined;
  /** The type size the preset starts with, pt (the user may change it; it is then kept). */
  readonly fontPt: number;
}

/**
 * The print sizes of the export menu. Journal columns: 85 mm and 180 mm are the single and double
 * column widths of most biomedical journals (e.g. Elsevier's artwork guidelines: 90 and 190 mm;
 * J Biomech and Gait Posture accept 85-90 mm); 8 pt type is the usual minimum after reduction.
 * Slide: a 16:9 slide of 13.33 × 7.5 in (338.7 × 190.5 mm), the default of common slide software.
 */
export const PAPER_PRESETS: readonly PaperPreset[] = [
  {
    id: 'journal-single',
    label: 'journal single column 85 mm',
    widthMm: 85,
    fontPt: 8,
  },
  {
    id: 'journal-double',
    label: 'double column 180 mm',
    widthMm: 180,
    heightPerWidth: 0.55,
    fontPt: 8,
  },
  {
    id: 'slide',
    label: 'slide 16:9',
    widthMm: 338.7,
    heightPerWidth: 9 / 16,
    fontPt: 20,
  },
];

/** The preset's size at type size `fontPt`, for a drawing whose own height per width is `own`. */
export function presetSize(p: PaperPreset, fontPt: number, own: number): PaperSize {
  return { widthMm: p.widthMm, heightMm: p.widthMm * (p.heightPerWidth ?? own), fontPt };
}

/** The pixel size a scene of `size` is laid out at. */
export function paperPx(size: PaperSize): { widthPx: number; heightPx: number } {
  return { widthPx: pxOfMm(size.widthMm), heightPx: pxOfMm(size.heightMm) };
}

/**
 * `base` with its type at `fontPt` (the theme's base size: axis labels; tick labels and legends
 * are a little smaller) and its lines scaled by the same factor, so a plot keeps its proportions.
 */
export function paperTheme(base: Theme, fontPt: number): Theme {
  const fontPx = pxOfPt(fontPt);
  return { ...base, fontPx, lineScale: base.lineScale * (fontPx / base.fontPx) };
}

/** Width and height of a scene's drawing, px (its viewBox). */
export function sceneSizePx(scene: SvgNode): { widthPx: number; heightPx: number } {
  const box = String(scene.attrs?.viewBox ?? '')
    .split(/[\s,]+/)
    .map(Number);
  const [, , w, h] = box;
  if (box.length === 4 && w !== undefined && h !== undefined && w > 0 && h > 0)
    return { widthPx: w, heightPx: h };
  return { widthPx: Number(scene.attrs?.width ?? 0), heightPx: Number(scene.attrs?.height ?? 0) };
}

/** Width and height a scene prints at, mm: its width and height attributes (px when unitless). */
export function sceneSizeMm(scene: SvgNode): { widthMm: number; heightMm: number } {
  const mm = (v: unknown): number => {
    const s = String(v ?? '');
    return s.endsWith('mm') ? Number(s.slice(0, -2)) : mmOfPx(Number(s));
  };
  return { widthMm: mm(scene.attrs?.width), heightMm: mm(scene.attrs?.height) };
}

/** Millimetres as an SVG length, e.g. "85mm" (to 0.001 mm). */
function mmLength(mm: number): string {
  return `${Number(mm.toFixed(3))}mm`;
}

/**
 * The scene with its size on paper: width and height in millimetres, converted from its pixel
 * viewBox (1 px = 1/96 in), so that type drawn at `pxOfPt(n)` prints at n points.
 */
export function onPaper(scene: SvgNode): SvgNode {
  const { widthPx, heightPx } = sceneSizePx(scene);
  return {
    ...scene,
    attrs: { ...scene.attrs, width: mmLength(mmOfPx(widthPx)), height: mmLength(mmOfPx(heightPx)) },
  };
}
