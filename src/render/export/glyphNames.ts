/**
 * A TrueType font without its glyph names: the `post` table cut to its 32-byte header as version
 * 3.0 ("no PostScript glyph names", OpenType spec, post table). jsPDF copies the `post` table
 * whole into every subset it embeds; DejaVu Sans names its 6,000 glyphs there (62 kB, 28 kB
 * compressed, per font). A PDF's CID fonts find their glyphs by number and their characters by
 * the ToUnicode map, never by glyph name.
 */

/** Size of the table directory's header and of one record, bytes (OpenType spec, "Table directory"). */
const HEADER_BYTES = 12;
const RECORD_BYTES = 16;
/** The post table's fixed header, bytes, and its version 3.0. */
const POST_HEADER_BYTES = 32;
const POST_VERSION_3 = 0x00030000;

/** A table's checksum: the sum of its big-endian 32-bit words, zero-padded (OpenType spec). */
function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** The font `ttf` with a version 3.0 `post` table (unchanged if it has none). */
export function withoutGlyphNames(ttf: Uint8Array): Uint8Array {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const count = view.getUint16(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = HEADER_BYTES + i * RECORD_BYTES;
    const tag = String.fromCharCode(...ttf.subarray(at, at + 4));
    const offset = view.getUint32(at + 8);
    const data = ttf.slice(offset, offset + view.getUint32(at + 12));
    return { at, tag, data };
  });
  const post = tables.find((t) => t.tag === 'post');
  if (!post || post.data.length < POST_HEADER_BYTES) return ttf;
  post.data = post.data.slice(0, POST_HEADER_BYTES);
  new DataView(post.data.buffer).setUint32(0, POST_VERSION_3);
  // The same directory, the tables laid one after another on 4-byte boundaries.
  let offset = HEADER_BYTES + count * RECORD_BYTES;
  const placed = tables.map((t) => {
    const p = { ...t, offset };
    offset += Math.ceil(t.data.length / 4) * 4;
    return p;
  });
  const out = new Uint8Array(offset);
  out.set(ttf.subarray(0, HEADER_BYTES));
  const outView = new DataView(out.buffer);
  for (const t of placed) {
    out.set(ttf.subarray(t.at, t.at + 8), t.at);
    if (t.tag === 'post') outView.setUint32(t.at + 4, checksum(t.data));
    outView.setUint32(t.at + 8, t.offset);
    outView.setUint32(t.at + 12, t.data.length);
    out.set(t.data, t.offset);
  }
  return out;
}
