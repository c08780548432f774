/**
 * PNG helpers shared by the browser and the command line: the pixel size of a PNG, and a pHYs
 * chunk so that word processors and slide software know its print resolution (PNG 1.2 §4.2.4.2).
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Width and height of a PNG, px (from its IHDR chunk). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

/** The PNG with a pHYs chunk for `dpi` dots per inch inserted after IHDR (any old pHYs is dropped). */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  const pxPerM = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const v = new DataView(chunk.buffer);
  v.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  v.setUint32(8, pxPerM);
  v.setUint32(12, pxPerM);
  chunk[16] = 1; // unit: metre
  v.setUint32(17, crc32(chunk.subarray(4, 17)));
  // Copy chunks, skipping an existing pHYs, inserting ours after IHDR.
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  let i = 8;
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  while (i < png.length) {
    const len = dv.getUint32(i);
    const type = String.fromCharCode(...png.subarray(i + 4, i + 8));
    const end = i + 12 + len;
    if (type !== 'pHYs') parts.push(png.subarray(i, end));
    if (type === 'IHDR') parts.push(chunk);
    i = end;
  }
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Dots per inch of a PNG's pHYs chunk, or undefined. */
export function pngDpi(png: Uint8Array): number | undefined {
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let i = 8;
  while (i < png.length) {
    const len = dv.getUint32(i);
    const type = String.fromCharCode(...png.subarray(i + 4, i + 8));
    if (type === 'pHYs' && png[i + 16] === 1) return Math.round(dv.getUint32(i + 8) * 0.0254);
    i += 12 + len;
  }
  return undefined;
}

/** Screen resolution that plot pixel sizes refer to (CSS px per inch). */
export const SCREEN_DPI = 96;
