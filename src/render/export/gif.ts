/**
 * Animated GIF from RGBA frames (gifenc: a small pure-JS encoder), shared by the browser export
 * and the command line. One palette per frame, quantised to 256 colours.
 */
import * as gifenc from 'gifenc';

// Bundlers see gifenc's ES module; Node sees its CommonJS build, whose exports sit on `default`.
const lib: typeof gifenc =
  'GIFEncoder' in gifenc && typeof gifenc.GIFEncoder === 'function'
    ? gifenc
    : (gifenc as unknown as { default: typeof gifenc }).default;
const { applyPalette, GIFEncoder, quantize } = lib;

/** Encodes frames (RGBA, width × height each) shown `delayMs` apart, looping for ever. */
export function encodeGif(
  frames: readonly Uint8Array[] | readonly Uint8ClampedArray[],
  width: number,
  height: number,
  delayMs: number,
  onProgress?: (done: number, total: number) => void,
): Uint8Array {
  const gif = GIFEncoder();
  frames.forEach((rgba, i) => {
    const palette = quantize(rgba, 256);
    const index = applyPalette(rgba, palette);
    gif.writeFrame(index, width, height, { palette, delay: delayMs, repeat: 0 });
    onProgress?.(i + 1, frames.length);
  });
  gif.finish();
  return gif.bytes();
}
