/**
 * Animated GIF from RGBA frames (gifenc: a small pure-JS encoder), shared by the browser export
 * and the command line. One palette per frame, quantised to 256 colours.
 */
import { applyPalette, GIFEncoder, quantize } from 'gifenc';

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
