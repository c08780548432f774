import { describe, expect, it } from 'vitest';
import { withoutGlyphNames } from '../../../src/render/export/glyphNames.ts';
import { readPdfFonts } from '../../../cli/pdfFonts.ts';

/** The tables of a TrueType font: tag → bytes. */
function tables(ttf: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  return new Map(
    Array.from({ length: view.getUint16(4) }, (_, i) => {
      const at = 12 + 16 * i;
      const offset = view.getUint32(at + 8);
      return [
        String.fromCharCode(...ttf.subarray(at, at + 4)),
        ttf.subarray(offset, offset + view.getUint32(at + 12)),
      ] as const;
    }),
  );
}

describe('a font without its glyph names', () => {
  const { regular } = readPdfFonts();
  const slim = withoutGlyphNames(regular);

  it('keeps the post table as its 32-byte header, version 3.0', () => {
    const post = tables(slim).get('post')!;
    expect(post.length).toBe(32);
    expect(new DataView(post.buffer, post.byteOffset).getUint32(0)).toBe(0x00030000);
    // the italic angle, underline and fixed-pitch fields after the version unchanged
    expect([...post.subarray(4)]).toEqual([...tables(regular).get('post')!.subarray(4, 32)]);
  });

  it('keeps every other table byte for byte, and is smaller by the names', () => {
    const before = tables(regular);
    const after = tables(slim);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [tag, bytes] of before)
      if (tag !== 'post') expect(Buffer.compare(after.get(tag)!, bytes), tag).toBe(0);
    expect(regular.length - slim.length).toBeGreaterThan(50_000);
  });
});
