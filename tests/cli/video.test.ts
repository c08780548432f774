import { describe, expect, it } from 'vitest';
import { vp8OfWebp } from '../../cli/video.ts';

describe('VP8 frames from WebP', () => {
  /** A RIFF WebP with the given chunks. */
  function webp(...chunks: [string, Uint8Array][]): Uint8Array {
    const parts = chunks.flatMap(([tag, data]) => {
      const head = new Uint8Array(8);
      head.set([...tag].map((c) => c.charCodeAt(0)));
      new DataView(head.buffer).setUint32(4, data.length, true);
      return [head, data, new Uint8Array(data.length % 2)];
    });
    const body = parts.reduce((n, p) => n + p.length, 0);
    const out = new Uint8Array(12 + body);
    out.set([...'RIFF'].map((c) => c.charCodeAt(0)));
    new DataView(out.buffer).setUint32(4, 4 + body, true);
    out.set(
      [...'WEBP'].map((c) => c.charCodeAt(0)),
      8,
    );
    let at = 12;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  it('take the payload of the "VP8 " chunk, past any other chunk', () => {
    const frame = new Uint8Array([1, 2, 3, 4, 5]);
    expect([...vp8OfWebp(webp(['VP8 ', frame]))]).toEqual([1, 2, 3, 4, 5]);
    expect([...vp8OfWebp(webp(['VP8X', new Uint8Array(10)], ['VP8 ', frame]))]).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(() => vp8OfWebp(webp(['VP8L', frame]))).toThrow(/no lossy VP8/);
    expect(() => vp8OfWebp(new Uint8Array(20))).toThrow(/not a WebP/);
  });
});
