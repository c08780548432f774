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
import type { GState as GStateClass, jsPDF } from 'jspdf';
import svgpath from 'svgpath';
import type { SvgNode } from '../svg.ts';
import { PT_PER_IN, MM_PER_IN, sceneSizeMm, sceneSizePx } from './paper.ts';
import { withoutGlyphNames } from './glyphNames.ts';
import type { PdfFonts } from './pdfFonts.ts';
import { at, cascade, frameOf, INITIAL, num, rgb, str, type Style } from './pdfStyle.ts';
import { binaryString, FACES, inFont, subsetTag, textsOf } from './pdfText.ts';

export { inFont, subsetTag } from './pdfText.ts';

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
