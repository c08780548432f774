/**
 * `video walk|nerve-block --out FILE.webm`: the app's walk or nerve-block video without a
 * browser. The frames are the app's (src/render/export/videoFrames.ts), each drawn at its exact moment;
 * resvg rasterises them; sharp (libwebp) encodes each as a lossy WebP, whose bitstream is a VP8
 * key frame (RFC 6386; the WebP container, RFC 9649 §2.5); mediabunny muxes the key frames into
 * WebM with their timestamps. Every frame is a key frame: larger than an encoder with motion
 * prediction would make, but seekable anywhere, and with no video encoder to install. MP4 would
 * need an H.264 encoder, which no registry package provides without a native ffmpeg: the app
 * records MP4 where the browser can.
 */
import { extname } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import {
  affectedStanceInput,
  buildGait,
  CAPS,
  quoteForMessage as q,
  solveStance,
} from '../sim/index.ts';
import { serialize, type SvgNode } from '../src/render/svg.ts';
import {
  DEFAULT_VIDEO_REQUEST,
  frameCount,
  type VideoTiming,
} from '../src/render/export/videoTiming.ts';
import { frameTheme, nerveBlockFrames, walkFrames } from '../src/render/export/videoFrames.ts';
import { UsageError } from './args.ts';
import type { Command } from './command.ts';
import { choiceOption, gaitInput, numberOption } from './options.ts';

const SUBJECTS = ['walk', 'nerve-block'] as const;
/**
 * Every option of `video` beside the scenario settings (cli/commands.ts refuses any other). The
 * frame size is `--width-px` and `--height-px`: `--height` is the body height, as for every command.
 */
export const VIDEO_OPTIONS: readonly string[] = [
  'out',
  'fps',
  'strides',
  'duration',
  'speed',
  'width-px',
  'height-px',
  'caption',
  'units',
  'cadence',
];
/** WebP quality of each key frame (libwebp's 0-100 scale). */
const QUALITY = 90;

/** The VP8 bitstream of a simple lossy WebP: the payload of its "VP8 " chunk. */
export function vp8OfWebp(webp: Uint8Array): Uint8Array {
  const view = new DataView(webp.buffer, webp.byteOffset, webp.byteLength);
  const tag = (at: number) => String.fromCharCode(...webp.subarray(at, at + 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WEBP') throw new Error('not a WebP file');
  for (let at = 12; at + 8 <= webp.length;) {
    const size = view.getUint32(at + 4, true);
    if (tag(at) === 'VP8 ') return webp.subarray(at + 8, at + 8 + size);
    at += 8 + size + (size % 2);
  }
  throw new Error('the WebP has no lossy VP8 frame');
}

/** One frame as a VP8 key frame: rasterised by resvg, encoded by libwebp. */
async function vp8Frame(scene: SvgNode, width: number, height: number): Promise<Uint8Array> {
  const { default: sharp } = await import('sharp');
  const image = new Resvg(serialize(scene), {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  const webp = await sharp(image.pixels, { raw: { width: image.width, height, channels: 4 } })
    .flatten({ background: '#ffffff' })
    .webp({ quality: QUALITY })
    .toBuffer();
  return vp8OfWebp(new Uint8Array(webp));
}

/** Encodes frames into a WebM of VP8 key frames at `fps`. */
export async function framesWebm(
  frames: readonly SvgNode[],
  width: number,
  height: number,
  fps: number,
): Promise<Uint8Array> {
  // Loaded when a video is asked for, so that the other commands start quickly.
  const { BufferTarget, EncodedPacket, EncodedVideoPacketSource, Output, WebMOutputFormat } =
    await import('mediabunny');
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  const source = new EncodedVideoPacketSource('vp8');
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  for (let i = 0; i < frames.length; i++) {
    const data = await vp8Frame(frames[i]!, width, height);
    const packet = new EncodedPacket(data, 'key', i / fps, 1 / fps);
    await source.add(
      packet,
      i === 0 ? { decoderConfig: { codec: 'vp8', codedWidth: width, codedHeight: height } } : {},
    );
  }
  source.close();
  await output.finalize();
  const buffer = output.target.buffer;
  if (!buffer) throw new Error('the video could not be written');
  return new Uint8Array(buffer);
}

/** The video command. */
export const videoCommand: Command = async (args) => {
  const subject = args.extra[0];
  if (subject === undefined)
    throw new UsageError(`video needs what to show: ${SUBJECTS.join(', ')}`);
  if (!(SUBJECTS as readonly string[]).includes(subject))
    throw new UsageError(`video "${q(subject)}": must be one of ${SUBJECTS.join(', ')}`);
  const out = args.options.get('out');
  if (out === undefined) throw new UsageError('video needs --out FILE.webm');
  if (extname(out).toLowerCase() !== '.webm')
    throw new UsageError(
      `--out "${q(out)}": the file must end in .webm (MP4 needs an H.264 encoder: record it in the app)`,
    );
  const walk = subject === 'walk';
  if (args.options.has(walk ? 'duration' : 'strides'))
    throw new UsageError(
      walk
        ? '--duration is for nerve-block; the walk takes --strides'
        : '--strides is for the walk; nerve-block takes --duration',
    );
  const fps = numberOption(
    args,
    { name: 'fps', ...CAPS.videoFps, integer: true },
    DEFAULT_VIDEO_REQUEST.fps,
  );
  const speed = Number(choiceOption(args, 'speed', ['1', '0.5', '0.25'] as const, '1'));
  const width = numberOption(
    args,
    { name: 'width-px', ...CAPS.videoWidthPx, integer: true },
    DEFAULT_VIDEO_REQUEST.widthPx,
  );
  const height = numberOption(
    args,
    { name: 'height-px', ...CAPS.videoHeightPx, integer: true },
    DEFAULT_VIDEO_REQUEST.heightPx,
  );
  const units = choiceOption(args, 'units', ['BW', 'N'] as const, 'BW');
  const caption = args.options.get('caption');
  if (caption !== undefined && [...caption].length > CAPS.videoCaptionChars)
    throw new UsageError(
      `--caption "${q(caption)}": at most ${CAPS.videoCaptionChars} characters (it has ${[...caption].length})`,
    );
  const input = gaitInput(args);
  const gait = buildGait(input);
  const modelS = walk
    ? numberOption(
        args,
        { name: 'strides', ...CAPS.videoStrides, integer: true },
        DEFAULT_VIDEO_REQUEST.strides,
      ) * gait.strideTimeS
    : numberOption(
        args,
        { name: 'duration', ...CAPS.videoAfterBlockS, unit: 's' },
        DEFAULT_VIDEO_REQUEST.blockS,
      );
  const timing: VideoTiming = { fps, modelS, speed };
  const frames = frameCount(timing);
  if (frames > CAPS.videoFrames)
    throw new UsageError(
      `the video would have ${frames} frames: at most ${CAPS.videoFrames}; shorten it or lower --fps`,
    );
  const stance = solveStance(affectedStanceInput(input));
  const look = {
    widthPx: width,
    heightPx: height,
    theme: frameTheme(height),
    bodyWeightN: stance.bodyWeightN,
    units,
    caption,
  };
  const scenes = walk
    ? walkFrames(gait, timing, look)
    : nerveBlockFrames(stance.input, timing, look);
  const bytes = await framesWebm(scenes, width, height, fps);
  const stdout = `${JSON.stringify({ video: subject, file: out, format: 'webm', codec: 'vp8', widthPx: width, heightPx: height, fps, speed, frames, durationS: frames / fps })}\n`;
  return { stdout, files: [{ path: out, bytes }] };
};
