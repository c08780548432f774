/**
 * Reading a PDF back for tests: its objects' streams inflated (zlib), so that tests can look for
 * image XObjects, text operators and the words drawn.
 */
import { inflateSync } from 'node:zlib';

/** What a PDF holds, as text: its objects with every stream inflated. */
export interface PdfText {
  readonly header: string;
  readonly pages: number;
  /** Every object's dictionary and (inflated) stream, one after another. */
  readonly body: string;
  /** The strings shown by text operators (Tj), in order. */
  readonly shown: readonly string[];
}

/** Reads a PDF's structure back. */
export function readPdf(bytes: Uint8Array): PdfText {
  const raw = Buffer.from(bytes);
  const latin = raw.toString('latin1');
  const parts: string[] = [];
  let i = 0;
  for (;;) {
    const s = latin.indexOf('stream', i);
    if (s < 0) break;
    const start = latin[s + 6] === '\r' ? s + 8 : s + 7;
    const end = latin.indexOf('endstream', start);
    const dict = latin.slice(latin.lastIndexOf('obj', s), s);
    parts.push(latin.slice(i, s));
    const data = raw.subarray(start, end);
    parts.push(
      dict.includes('/FlateDecode')
        ? inflateSync(data).toString('latin1')
        : data.toString('latin1'),
    );
    i = end + 9;
  }
  parts.push(latin.slice(i));
  const body = parts.join('\n');
  // A literal string: escapes are a backslash before any character (PDF 32000-1 §7.3.4.2).
  const shown = [...body.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) =>
    (m[1] ?? '').replace(/\\(.)/g, '$1'),
  );
  return {
    header: latin.slice(0, 8),
    pages: (body.match(/\/Type \/Page\b/g) ?? []).length,
    body,
    shown,
  };
}
