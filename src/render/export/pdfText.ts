/**
 * The PDF writer's embedded text (src/render/export/pdf.ts): the faces' PostScript names, the
 * scene's words, the tag that names a subset, text kept to the characters the font has, and the
 * font bytes as jsPDF's virtual file system takes them.
 */
import type { SvgNode } from '../svg.ts';

/** The PostScript names of the embedded faces (BaseFont, after the subset's tag). */
export const FACES = { normal: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

/** Every text of a scene, in document order. */
export function textsOf(n: SvgNode): string[] {
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
export function binaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000)
    chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return chunks.join('');
}
