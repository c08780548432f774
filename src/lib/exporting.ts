/**
 * Browser export: SVG text, PNG by drawing the SVG on a canvas (with its print resolution
 * recorded), vector PDF, downloads, the clipboard, and an animated GIF of one stride (the PDF
 * writer and the GIF encoder are loaded when first asked for, so the first screen stays small).
 */
import { imageSizeProblem } from '../../sim/index.ts';
import {
  onPaper,
  paperPx,
  paperTheme,
  sceneSizePx,
  type PaperSize,
} from '../render/export/paper.ts';
import { textNode } from '../render/plots/marks.ts';
import type { Theme } from '../render/theme.ts';
import { SCREEN_DPI, withDpi } from '../render/export/png.ts';
import { el, serialize, type SvgNode } from '../render/svg.ts';

/** How to draw an export: background, size on paper (none: as shown) and panel letter. */
export interface ExportLook {
  readonly background: 'white' | 'transparent';
  readonly paper?: PaperSize | undefined;
  readonly panel?: string | undefined;
}

/** A drawing at a pixel size in a theme (and with a panel letter, if it draws one itself). */
export type DrawAt = (
  size: { readonly widthPx?: number; readonly heightPx: number },
  theme: Theme,
  panel: string | undefined,
) => SvgNode;

/**
 * A scene for export: as shown (`shown`, `theme`), or on paper: laid out at the paper's pixel
 * size with its type at the chosen points, and saying its size in mm.
 */
export function exportScene(
  look: ExportLook,
  draw: DrawAt,
  theme: Theme,
  shown: { readonly widthPx?: number; readonly heightPx: number },
): SvgNode {
  if (!look.paper) return draw(shown, theme, look.panel);
  return onPaper(draw(paperPx(look.paper), paperTheme(theme, look.paper.fontPt), look.panel));
}

/** A figure with a panel letter in its top left corner (figures have no strip of their own). */
export function withPanelLetter(scene: SvgNode, panel: string | undefined, t: Theme): SvgNode {
  if (!panel) return scene;
  const size = t.fontPx * 1.25;
  const letter = textNode(
    size * 0.3,
    size * 0.3,
    panel,
    {
      size,
      colour: t.ink,
      weight: 700,
      baseline: 'hanging',
      halo: true,
    },
    t,
  );
  const node = el('g', { class: 'panel-letter', 'aria-label': `Panel ${panel}` }, [letter]);
  return { ...scene, children: [...(scene.children ?? []), node] };
}

/** Standalone SVG file text of a scene. */
export function svgFile(scene: SvgNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(scene)}\n`;
}

function loadImage(svg: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the browser could not draw the SVG'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

/** Draws an SVG text on a canvas `width` × `height` px (the SVG is scaled to fit). */
export async function svgToCanvas(
  svg: string,
  width: number,
  height: number,
): Promise<HTMLCanvasElement> {
  const img = await loadImage(svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width);
  canvas.height = Math.round(height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2-D canvas in this browser');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/**
 * PNG of an SVG scene at `scale` × its size in CSS pixels (its viewBox: a scene sized in mm is
 * 96 px per inch), marked with `dpi`.
 */
export async function scenePng(
  scene: SvgNode,
  scale: number,
  dpi = SCREEN_DPI * scale,
): Promise<Blob> {
  const { widthPx, heightPx } = sceneSizePx(scene);
  const w = widthPx * scale;
  const h = heightPx * scale;
  const tooLarge = imageSizeProblem(w, h);
  if (tooLarge) throw new Error(tooLarge);
  const canvas = await svgToCanvas(svgFile(scene), w, h);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  const bytes = withDpi(new Uint8Array(await blob.arrayBuffer()), dpi);
  return new Blob([bytes as BlobPart], { type: 'image/png' });
}

/** A vector PDF of a scene, the page its size on paper (the writer is loaded on first use). */
export async function scenePdf(scene: SvgNode): Promise<Blob> {
  const pdf = await import('../render/export/pdfWeb.ts');
  return new Blob([(await pdf.scenePdf(scene)) as BlobPart], { type: 'application/pdf' });
}

/** Offers a blob as a download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies a PNG to the clipboard where the browser allows it; returns why not otherwise. */
export async function copyPng(blob: Blob): Promise<string | undefined> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write)
    return 'This browser cannot copy images; use the PNG download instead.';
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return undefined;
  } catch {
    return 'The browser refused to copy the image; use the PNG download instead.';
  }
}

/**
 * Animated GIF of `frames` scenes (one stride), `width` × `height` px, `fps` frames per second.
 * @param onProgress called as frames are drawn and encoded (0-1)
 */
export async function scenesGif(
  frames: readonly SvgNode[],
  width: number,
  height: number,
  fps: number,
  onProgress: (fraction: number) => void,
): Promise<Blob> {
  const { encodeGif } = await import('../render/export/gif.ts');
  const rgba: Uint8ClampedArray[] = [];
  for (let i = 0; i < frames.length; i++) {
    const canvas = await svgToCanvas(svgFile(frames[i]!), width, height);
    const ctx = canvas.getContext('2d')!;
    rgba.push(ctx.getImageData(0, 0, canvas.width, canvas.height).data);
    onProgress((0.6 * (i + 1)) / frames.length);
    await new Promise((r) => setTimeout(r, 0));
  }
  const bytes = encodeGif(
    rgba,
    Math.round(width),
    Math.round(height),
    Math.round(1000 / fps),
    (d, n) => onProgress(0.6 + (0.4 * d) / n),
  );
  return new Blob([bytes as BlobPart], { type: 'image/gif' });
}
