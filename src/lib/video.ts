/**
 * Browser video: frames drawn one by one on a canvas and encoded with WebCodecs' VideoEncoder,
 * muxed into WebM (VP9, else VP8) or MP4 (H.264) by mediabunny. Each frame is handed over with
 * its own timestamp (i / fps), so the file plays at the chosen speed however long the drawing
 * takes. Loaded on demand: nothing of it is on the first screen.
 */
import {
  BufferTarget,
  CanvasSource,
  canEncodeVideo,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
  type VideoCodec,
} from 'mediabunny';
import type { SvgNode } from '../render/svg.ts';
import { svgFile, svgToCanvas } from './exporting.ts';

/** A video container the app writes. */
export type VideoFormat = 'webm' | 'mp4';

/** Codecs tried for each container, best first. */
const CODECS: Record<VideoFormat, readonly VideoCodec[]> = {
  webm: ['vp9', 'vp8'],
  mp4: ['avc'],
};

/** The first codec this browser can encode into `format` at `width` × `height`, if any. */
export async function videoCodec(
  format: VideoFormat,
  width: number,
  height: number,
): Promise<VideoCodec | undefined> {
  if (typeof VideoEncoder === 'undefined') return undefined;
  for (const codec of CODECS[format])
    if (await canEncodeVideo(codec, { width, height, bitrate: QUALITY_HIGH })) return codec;
  return undefined;
}

/**
 * Encodes `frames` (scenes of `width` × `height` px, even sizes) at `fps` into `format`.
 * @param onProgress called after each frame (0-1)
 */
export async function scenesVideo(
  frames: readonly SvgNode[],
  width: number,
  height: number,
  fps: number,
  format: VideoFormat,
  onProgress: (fraction: number) => void,
): Promise<Blob> {
  const codec = await videoCodec(format, width, height);
  if (!codec)
    throw new Error(
      `this browser cannot encode ${format === 'mp4' ? 'MP4 (H.264)' : 'WebM'} video; try WebM, or the GIF`,
    );
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2-D canvas in this browser');
  const output = new Output({
    format: format === 'mp4' ? new Mp4OutputFormat() : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  const source = new CanvasSource(canvas, { codec, bitrate: QUALITY_HIGH, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  for (let i = 0; i < frames.length; i++) {
    const drawn = await svgToCanvas(svgFile(frames[i]!), width, height);
    ctx.drawImage(drawn, 0, 0);
    await source.add(i / fps, 1 / fps);
    onProgress((i + 1) / frames.length);
  }
  source.close();
  await output.finalize();
  const buffer = output.target.buffer;
  if (!buffer) throw new Error('the video could not be written');
  return new Blob([buffer], { type: format === 'mp4' ? 'video/mp4' : 'video/webm' });
}
