/**
 * The PDF export in the browser: the writer (./pdf.ts) with the embedded face's files, which the
 * build inlines into this module's chunk as base64 data: URLs (the app makes no network requests
 * of its own, and the single-file build has nothing beside it to load). This module, the writer,
 * jsPDF and the font files load only when a PDF is asked for.
 */
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline';
import type { SvgNode } from '../svg.ts';
import { scenePdf as writePdf } from './pdf.ts';
import type { PdfFonts } from './pdfFonts.ts';

/** The bytes of a base64 data: URL. */
function bytesOf(dataUrl: string): Uint8Array {
  const base64 = /^data:[^,]*;base64,(.*)$/s.exec(dataUrl)?.[1];
  if (base64 === undefined) throw new Error("the PDF's font is missing from the build");
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** The embedded face's files, once decoded (kept for the next PDF). */
let decoded: PdfFonts | undefined;

/** A one-page vector PDF of a scene with DejaVu Sans embedded. */
export function scenePdf(scene: SvgNode): Promise<Uint8Array> {
  decoded ??= { regular: bytesOf(regularUrl), bold: bytesOf(boldUrl) };
  return writePdf(scene, decoded);
}
