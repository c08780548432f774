/**
 * Vector PDF of a scene, in the browser and on the command line alike: jsPDF writes the file,
 * svgpath turns path data, shapes and transforms into absolute lines and cubic curves, and this
 * file walks the scene tree (the few elements the figures and plots use: svg, g, rect, line,
 * path, circle, ellipse, text). Text stays text, in DejaVu Sans embedded as a subset of the glyphs
 * used (./pdfFonts.ts: the face the SVG is laid out for, so widths and characters match the SVG and
 * PNG exports; journals refuse PDFs with fonts not embedded), placed and anchored by that face's
 * own widths; nothing is rasterised. The page is the scene's size on paper (its width and height
 * in mm, or its pixels at 96 per inch).
 */
import { color } from 'd3-color';
import type { GState as GStateClass, jsPDF } from 'jspdf';
import svgpath from 'svgpath';
import type { AttrValue, SvgNode } from '../svg.ts';
import { PT_PER_IN, MM_PER_IN, sceneSizeMm, sceneSizePx } from './paper.ts';
import { withoutGlyphNames } from './glyphNames.ts';
import type { PdfFonts } from './pdfFonts.ts';

/** Presentation attributes as they cascade from a group to its children. */
interface Style {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly fillOpacity: number;
  readonly strokeOpacity: number;
  /** Product of the `opacity` of the element and its ancestors. */
  readonly opacity: number;
  readonly dash: string;
  readonly cap: string;
  readonly join: string;
  readonly fontSize: number;
  readonly fontWeight: string;
  readonly anchor: string;
  readonly baseline: string;
  readonly paintOrder: string;
  /** The transforms from the page to this element, outermost first (SVG transform list). */
  readonly transform: string;
}

const INITIAL: Omit<Style, 'transform'> = {
  fill: 'black',
  stroke: 'none',
  strokeWidth: 1,
  fillOpacity: 1,
  strokeOpacity: 1,
  opacity: 1,
  dash: 'none',
  cap: 'butt',
  join: 'miter',
  fontSize: 16,
  fontWeight: '400',
  anchor: 'start',
  baseline: 'auto',
  paintOrder: 'normal',
};

const str = (v: AttrValue, fallback: string): string => (v === undefined ? fallback : String(v));
const num = (v: AttrValue, fallback: number): number =>
  v === undefined || !Number.isFinite(Number(v)) ? fallback : Number(v);

/** The style of a node whose parent's style is `s`. */
function cascade(s: Style, a: Readonly<Record<string, AttrValue>>): Style {
  return {
    fill: str(a.fill, s.fill),
    stroke: str(a.stroke, s.stroke),
    strokeWidth: num(a['stroke-width'], s.strokeWidth),
    fillOpacity: num(a['fill-opacity'], s.fillOpacity),
    strokeOpacity: num(a['stroke-opacity'], s.strokeOpacity),
    opacity: s.opacity * num(a.opacity, 1),
    dash: str(a['stroke-dasharray'], s.dash),
    cap: str(a['stroke-linecap'], s.cap),
    join: str(a['stroke-linejoin'], s.join),
    fontSize: num(a['font-size'], s.fontSize),
    fontWeight: str(a['font-weight'], s.fontWeight),
    anchor: str(a['text-anchor'], s.anchor),
    baseline: str(a['dominant-baseline'], s.baseline),
    paintOrder: str(a['paint-order'], s.paintOrder),
    transform: a.transform === undefined ? s.transform : `${s.transform} ${String(a.transform)}`,
  };
}

/** A point through a transform list, page points. */
function at(transform: string, x: number, y: number): [number, number] {
  let out: [number, number] = [x, y];
  svgpath(`M${x} ${y}`)
    .transform(transform)
    .iterate((seg) => {
      out = [Number(seg[1]), Number(seg[2])];
    });
  return out;
}

/** How a transform list maps lengths: its scale (√|det|) and the angle of its x axis, rad. */
function frameOf(transform: string): { scale: number; angleRad: number } {
  const o = at(transform, 0, 0);
  const ex = at(transform, 1, 0);
  const ey = at(transform, 0, 1);
  const det = (ex[0] - o[0]) * (ey[1] - o[1]) - (ex[1] - o[1]) * (ey[0] - o[0]);
  return { scale: Math.sqrt(Math.abs(det)), angleRad: Math.atan2(ex[1] - o[1], ex[0] - o[0]) };
}

/** A colour as jsPDF takes it (0-255 each), or undefined for "none". */
function rgb(c: string): [number, number, number] | undefined {
  if (c === 'none' || c === 'transparent') return undefined;
  const p = color(c)?.rgb();
  return p ? [Math.round(p.r), Math.round(p.g), Math.round(p.b)] : [0, 0, 0];
}

/** The PostScript names of the embedded faces (BaseFont, after the subset's tag). */
const FACES = { normal: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

/** Every text of a scene, in document order. */
function textsOf(n: SvgNode): string[] {
  return [...(n.text === undefined ? [] : [n.text]), ...(n.children ?? []).flatMap(textsOf)];
}

/**
 * The six capital letters that name a subset of a font (PDF 32000-1 §9.6.4: "EOODIA+Poetica"),
 * from the scene's words, so that two figures' subsets placed in one document keep apart.
 */
export function subsetTag(words: readonly string[]): string {
  // FNV-1a over the UTF-16 code units, then written in base 26.
  let h = 0x811c9dc5;
  for (const w of words)
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193) >>> 0;
  return Array.from({ length: 6 }, (_, i) =>
    String.fromCharCode(65 + (Math.floor(h / 26 ** i) % 26)),
  ).join('');
}

/**
 * Text in the characters the font has: each character whose glyph `hasGlyph` denies (and any
 * outside the Basic Multilingual Plane, which jsPDF's two-byte encoding cannot carry) becomes "?",
 * rather than cutting the text short there, as jsPDF would.
 */
export function inFont(text: string, hasGlyph: (code: number) => boolean): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code <= 0xffff && hasGlyph(code) ? ch : '?';
    })
    .join('');
}

/** A byte array as the binary string jsPDF's virtual file system takes. */
function binaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000)
    chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return chunks.join('');
}

/** The outline of a shape as path data in its own coordinates, or undefined for other tags. */
function outline(n: SvgNode): string | undefined {
  const a = n.attrs ?? {};
  const v = (k: string) => num(a[k], 0);
  switch (n.tag) {
    case 'path':
      return str(a.d, '');
    case 'line':
      return `M${v('x1')} ${v('y1')}L${v('x2')} ${v('y2')}`;
    case 'rect':
      return `M${v('x')} ${v('y')}h${v('width')}v${v('height')}h${-v('width')}Z`;
    case 'circle':
    case 'ellipse': {
      const rx = n.tag === 'circle' ? v('r') : v('rx');
      const ry = n.tag === 'circle' ? v('r') : v('ry');
      const [cx, cy] = [v('cx'), v('cy')];
      return `M${cx - rx} ${cy}A${rx} ${ry} 0 1 0 ${cx + rx} ${cy}A${rx} ${ry} 0 1 0 ${cx - rx} ${cy}Z`;
    }
    default:
      return undefined;
  }
}

/**
 * The document being written, jsPDF's graphics-state class (the library loads on demand) and
 * the names the embedded faces are registered under.
 */
interface Pdf {
  readonly doc: jsPDF;
  readonly GState: typeof GStateClass;
  readonly faces: Readonly<Record<keyof typeof FACES, string>>;
}

/** Sets the fill and stroke colours, widths, dash and opacity of a style; what to paint. */
function paint({ doc, GState }: Pdf, s: Style, scale: number): { fill: boolean; stroke: boolean } {
  const fill = rgb(s.fill);
  const stroke = s.strokeWidth > 0 ? rgb(s.stroke) : undefined;
  if (fill) doc.setFillColor(...fill);
  if (stroke) {
    doc.setDrawColor(...stroke);
    doc.setLineWidth(s.strokeWidth * scale);
    doc.setLineCap(s.cap === 'round' ? 'round' : s.cap === 'square' ? 'square' : 'butt');
    doc.setLineJoin(s.join === 'round' ? 'round' : s.join === 'bevel' ? 'bevel' : 'miter');
    const dash = s.dash === 'none' ? [] : s.dash.split(/[\s,]+/).map((d) => Number(d) * scale);
    doc.setLineDashPattern(dash, 0);
  }
  doc.setGState(
    new GState({
      opacity: s.fillOpacity * s.opacity,
      'stroke-opacity': s.strokeOpacity * s.opacity,
    }),
  );
  return { fill: fill !== undefined, stroke: stroke !== undefined };
}

/** Draws a shape: its outline through the transforms, then filled and/or stroked. */
function shape(pdf: Pdf, d: string, s: Style): void {
  const { doc } = pdf;
  const { scale } = frameOf(s.transform);
  const { fill, stroke } = paint(pdf, s, scale);
  if (!fill && !stroke) return;
  let cur: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  svgpath(d)
    .transform(s.transform)
    .abs()
    .unarc()
    .unshort()
    .iterate((seg) => {
      const [cmd, ...p] = seg as [string, ...number[]];
      const xy = (i: number): [number, number] => [p[i] ?? 0, p[i + 1] ?? 0];
      if (cmd === 'M') {
        cur = start = xy(0);
        doc.moveTo(...cur);
      } else if (cmd === 'L') {
        cur = xy(0);
        doc.lineTo(...cur);
      } else if (cmd === 'H' || cmd === 'V') {
        cur = cmd === 'H' ? [p[0] ?? 0, cur[1]] : [cur[0], p[0] ?? 0];
        doc.lineTo(...cur);
      } else if (cmd === 'C') {
        doc.curveTo(...xy(0), ...xy(2), ...xy(4));
        cur = xy(4);
      } else if (cmd === 'Q') {
        // A quadratic Bézier as a cubic: control points 2/3 of the way to the quadratic's.
        const [qx, qy] = xy(0);
        const end = xy(2);
        doc.curveTo(
          cur[0] + ((qx - cur[0]) * 2) / 3,
          cur[1] + ((qy - cur[1]) * 2) / 3,
          end[0] + ((qx - end[0]) * 2) / 3,
          end[1] + ((qy - end[1]) * 2) / 3,
          ...end,
        );
        cur = end;
      } else if (cmd === 'Z') {
        doc.close();
        cur = start;
      }
    });
  if (fill && stroke) doc.fillStroke();
  else if (fill) doc.fill();
  else doc.stroke();
}

const BASELINES: Readonly<Record<string, 'alphabetic' | 'middle' | 'hanging'>> = {
  middle: 'middle',
  central: 'middle',
  hanging: 'hanging',
};

/** Draws a text: DejaVu Sans at the style's size, anchored by its own width, halo first if any. */
function text(pdf: Pdf, n: SvgNode, s: Style): void {
  const { doc } = pdf;
  if ((n.text ?? '').trim() === '') return;
  const { scale, angleRad } = frameOf(s.transform);
  doc.setFont(pdf.faces[Number(s.fontWeight) >= 600 ? 'bold' : 'normal']);
  const glyphs = doc.getFont().metadata as { characterToGlyph(code: number): number };
  const content = inFont(n.text ?? '', (code) => glyphs.characterToGlyph(code) !== 0);
  doc.setFontSize(s.fontSize * scale);
  const [x0, y0] = at(s.transform, num(n.attrs?.x, 0), num(n.attrs?.y, 0));
  const share = s.anchor === 'middle' ? 0.5 : s.anchor === 'end' ? 1 : 0;
  const w = doc.getTextWidth(content) * share;
  const x = x0 - w * Math.cos(angleRad);
  const y = y0 - w * Math.sin(angleRad);
  const options = {
    angle: (-angleRad * 180) / Math.PI,
    baseline: BASELINES[s.baseline] ?? 'alphabetic',
  };
  const { fill, stroke } = paint(pdf, s, scale);
  // jsPDF gives text its own colour, not the fill colour of shapes.
  const ink = rgb(s.fill);
  if (ink) doc.setTextColor(...ink);
  if (stroke && s.paintOrder.startsWith('stroke'))
    doc.text(content, x, y, { ...options, renderingMode: 'stroke' });
  if (fill) doc.text(content, x, y, { ...options, renderingMode: 'fill' });
  if (stroke && !s.paintOrder.startsWith('stroke'))
    doc.text(content, x, y, { ...options, renderingMode: 'stroke' });
}

function draw(pdf: Pdf, n: SvgNode, parent: Style): void {
  if (n.tag === 'title' || n.tag === 'desc' || n.tag === 'style') return;
  const s = n.tag === 'svg' ? parent : cascade(parent, n.attrs ?? {});
  if (n.tag === 'text') return text(pdf, n, s);
  const d = outline(n);
  if (d !== undefined) shape(pdf, d, s);
  for (const c of n.children ?? []) draw(pdf, c, s);
}

/** Text of an attribute of the root, for the document's properties. */
function childText(scene: SvgNode, tag: string): string {
  return scene.children?.find((c) => c.tag === tag)?.text ?? '';
}

/**
 * A one-page vector PDF of a scene, the page its size on paper, its text in DejaVu Sans embedded
 * from `fonts` (only the glyphs used; jsPDF is loaded on first use).
 */
export async function scenePdf(scene: SvgNode, fonts: PdfFonts): Promise<Uint8Array> {
  const { jsPDF, GState } = await import('jspdf');
  const { widthMm, heightMm } = sceneSizeMm(scene);
  const { widthPx } = sceneSizePx(scene);
  const pt = (mm: number) => (mm / MM_PER_IN) * PT_PER_IN;
  const [w, h] = [pt(widthMm), pt(heightMm)];
  const doc = new jsPDF({
    unit: 'pt',
    format: [w, h],
    orientation: w > h ? 'landscape' : 'portrait',
    compress: true,
    // Only the embedded face: none of the 14 standard fonts jsPDF would otherwise list.
    putOnlyUsedFonts: true,
  });
  const tag = subsetTag(textsOf(scene));
  const faces = { normal: `${tag}+${FACES.normal}`, bold: `${tag}+${FACES.bold}` };
  for (const [face, bytes] of [
    ['normal', fonts.regular],
    ['bold', fonts.bold],
  ] as const) {
    doc.addFileToVFS(`${FACES[face]}.ttf`, binaryString(withoutGlyphNames(bytes)));
    doc.addFont(`${FACES[face]}.ttf`, faces[face], 'normal');
  }
  doc.setProperties({
    title: childText(scene, 'title'),
    subject: childText(scene, 'desc'),
    creator: 'Trendelenburg Lab',
  });
  draw({ doc, GState, faces }, scene, { ...INITIAL, transform: `scale(${w / widthPx})` });
  return new Uint8Array(doc.output('arraybuffer'));
}
