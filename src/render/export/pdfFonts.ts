/**
 * The typeface embedded in PDF exports: DejaVu Sans, regular and bold, the face the SVG and PNG
 * exports are laid out for and drawn in (FONT_FAMILY in ../theme.ts), so the PDF's text has the
 * same widths and every character the figures use (−, ·, ×, °, ≥, ₁, Greek). The TrueType files
 * come from the npm package `dejavu-fonts-ttf` (DejaVu Fonts 2.37; Bitstream Vera licence with the
 * DejaVu changes in the public domain: free to embed and redistribute; see doc/fonts.md). Each
 * platform reads the files its own way (cli/pdfFonts.ts, ./pdfWeb.ts) and hands the bytes over.
 */

/** The TrueType files of the embedded face, as the writer receives them. */
export interface PdfFonts {
  /** DejaVuSans.ttf. */
  readonly regular: Uint8Array;
  /** DejaVuSans-Bold.ttf (font-weight 600 and above). */
  readonly bold: Uint8Array;
}

/** Where the files are, as module specifiers inside the `dejavu-fonts-ttf` package. */
export const PDF_FONT_FILES: Readonly<Record<keyof PdfFonts, string>> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};
