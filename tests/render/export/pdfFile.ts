/**
 * Reading a PDF back for tests: its objects with every stream inflated (zlib), so that tests can
 * look for image XObjects, text operators, the words drawn (decoded through each font's ToUnicode
 * map when the font is a two-byte CID font) and the fonts with whether each is embedded.
 */
import { inflateSync } from 'node:zlib';

/** A font of the document: its PostScript name and whether its program is embedded. */
export interface PdfFont {
  readonly baseFont: string;
  readonly subtype: string;
  readonly embedded: boolean;
}

/** What a PDF holds, as text: its objects with every stream inflated. */
export interface PdfText {
  readonly header: string;
  readonly pages: number;
  /** Every object's dictionary and (inflated) stream, one after another. */
  readonly body: string;
  /** The strings shown by text operators (Tj), in order, as Unicode text. */
  readonly shown: readonly string[];
  /** Each shown string with where its text line starts (the last Td or Tm), page points. */
  readonly placed: readonly { readonly text: string; readonly x: number; readonly y: number }[];
  /** Every font object, in object order. */
  readonly fonts: readonly PdfFont[];
  /** The embedded TrueType programs (FontFile2 streams), as stored (inflated). */
  readonly fontFiles: readonly Uint8Array[];
}

/** The objects of a PDF by number: dictionary, then the inflated stream if any. */
function objectsOf(raw: Buffer): { objects: Map<number, string>; streams: Map<number, Buffer> } {
  const latin = raw.toString('latin1');
  const objects = new Map<number, string>();
  const streams = new Map<number, Buffer>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(latin); m; m = re.exec(latin)) {
    const from = m.index + m[0].length;
    const endobj = latin.indexOf('endobj', from);
    const at = latin.indexOf('stream', from);
    if (at < 0 || (endobj >= 0 && at > endobj)) {
      objects.set(Number(m[1]), latin.slice(from, endobj < 0 ? undefined : endobj));
      continue;
    }
    const dict = latin.slice(from, at);
    const start = latin[at + 6] === '\r' ? at + 8 : at + 7;
    // Lengths given directly are trusted (binary data may hold "endstream"); others searched.
    const length = /\/Length (\d+)(?! \d+ R)/.exec(dict)?.[1];
    const end = length === undefined ? latin.indexOf('endstream', start) : start + Number(length);
    const data = raw.subarray(start, end);
    const stream = dict.includes('/FlateDecode') ? inflateSync(data) : data;
    objects.set(Number(m[1]), `${dict}\n${stream.toString('latin1')}`);
    streams.set(Number(m[1]), stream);
    re.lastIndex = end;
  }
  return { objects, streams };
}

/** The object an indirect reference in `text` after `key` points to. */
const ref = (text: string, key: string): number | undefined => {
  const n = new RegExp(`${key}\\s*\\[?\\s*(\\d+) 0 R`).exec(text)?.[1];
  return n === undefined ? undefined : Number(n);
};

/** A ToUnicode CMap's single mappings (bfchar): code → text. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
    const units = (m[2] ?? '').match(/.{4}/g) ?? [];
    map.set((m[1] ?? '').toLowerCase(), String.fromCharCode(...units.map((u) => parseInt(u, 16))));
  }
  return map;
}

/** Reads a PDF's structure back. */
export function readPdf(bytes: Uint8Array): PdfText {
  const raw = Buffer.from(bytes);
  const { objects, streams } = objectsOf(raw);
  const body = [...objects.values()].join('\n');
  const obj = (n: number | undefined) => (n === undefined ? '' : (objects.get(n) ?? ''));
  const fontNumbers = [...objects].filter(([, o]) => /\/Type\s*\/Font\b/.test(o)).map(([n]) => n);
  const fonts = fontNumbers.map((n): PdfFont => {
    const o = obj(n);
    const descendant = obj(ref(o, '/DescendantFonts'));
    const descriptor = obj(ref(descendant || o, '/FontDescriptor'));
    return {
      baseFont: /\/BaseFont\s*\/([^\s/<>[\]]+)/.exec(o)?.[1] ?? '',
      subtype: /\/Subtype\s*\/(\w+)/.exec(o)?.[1] ?? '',
      embedded: /\/FontFile[23]?\s/.test(descriptor),
    };
  });
  const fontFiles = [...objects.values()]
    .map((o) => ref(o, '/FontFile2'))
    .filter((n): n is number => n !== undefined)
    .map((n) => new Uint8Array(streams.get(n) ?? []));
  // Font resource names (/F1 …) → their ToUnicode maps, for two-byte fonts.
  const maps = new Map<string, Map<string, string>>();
  for (const m of body.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const font = obj(Number(m[2]));
    const cmap = ref(font, '/ToUnicode');
    if (/\/Subtype\s*\/Type0/.test(font) && cmap !== undefined)
      maps.set(m[1] ?? '', toUnicode(obj(cmap)));
  }
  let map: Map<string, string> | undefined;
  const shown: string[] = [];
  let at = { x: 0, y: 0 };
  const placed: { text: string; x: number; y: number }[] = [];
  const ops =
    /\/(F\d+) [\d.]+ Tf|<([0-9a-fA-F]*)> Tj|\(((?:\\.|[^\\)])*)\) Tj|(-?[\d.]+) (-?[\d.]+) (?:Td|Tm)\b/g;
  for (const m of body.matchAll(ops)) {
    if (m[4] !== undefined) at = { x: Number(m[4]), y: Number(m[5]) };
    else if (m[1] !== undefined) map = maps.get(m[1]);
    else if (m[2] !== undefined && map) {
      const codes = m[2].toLowerCase().match(/.{4}/g) ?? [];
      shown.push(codes.map((c) => map?.get(c) ?? '\ufffd').join(''));
    } else if (m[2] !== undefined) shown.push(Buffer.from(m[2], 'hex').toString('latin1'));
    // A literal string: escapes are a backslash before any character (PDF 32000-1 §7.3.4.2).
    else shown.push((m[3] ?? '').replace(/\\(.)/g, '$1'));
    if (m[2] !== undefined || m[3] !== undefined) placed.push({ text: shown.at(-1) ?? '', ...at });
  }
  return {
    header: raw.subarray(0, 8).toString('latin1'),
    pages: (body.match(/\/Type\s*\/Page\b/g) ?? []).length,
    body,
    shown,
    placed,
    fonts,
    fontFiles,
  };
}
