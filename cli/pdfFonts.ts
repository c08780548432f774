/**
 * The PDF's embedded face on the command line: DejaVu Sans read from the installed
 * `dejavu-fonts-ttf` package (src/render/export/pdfFonts.ts). Loaded only for `--out x.pdf`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDF_FONT_FILES, type PdfFonts } from '../src/render/export/pdfFonts.ts';

/** The TrueType files, read from node_modules. */
export function readPdfFonts(): PdfFonts {
  const require = createRequire(import.meta.url);
  const read = (specifier: string) => new Uint8Array(readFileSync(require.resolve(specifier)));
  return { regular: read(PDF_FONT_FILES.regular), bold: read(PDF_FONT_FILES.bold) };
}
