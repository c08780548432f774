/**
 * The PDF export in the browser: the writer (./pdf.ts) with the embedded face's files, which the
 * build ships as assets beside the app (in the single-file build: inlined as data: URLs). This
 * module, the writer, jsPDF and the font files load only when a PDF is asked for.
 */
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { SvgNode } from '../svg.ts';
import { scenePdf as writePdf } from './pdf.ts';
import type { PdfFonts } from './pdfFonts.ts';

/**
 * The bytes behind a URL: a data: URL decoded here (the page's content security policy allows
 * fetching only its own files), any other fetched.
 */
async function bytesAt(url: string): Promise<Uint8Array> {
  const data = /^data:[^,]*;base64,(.*)$/s.exec(url);
  if (data) return Uint8Array.from(atob(data[1] ?? ''), (c) => c.charCodeAt(0));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the PDF's font could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The embedded face's files, once loaded (kept for the next PDF). */
let loaded: PdfFonts | undefined;

/** A one-page vector PDF of a scene with DejaVu Sans embedded. */
export async function scenePdf(scene: SvgNode): Promise<Uint8Array> {
  if (!loaded) {
    const [regular, bold] = await Promise.all([bytesAt(regularUrl), bytesAt(boldUrl)]);
    loaded = { regular, bold };
  }
  return writePdf(scene, loaded);
}
