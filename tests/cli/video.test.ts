import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { describe, expect, it } from 'vitest';
import { applyPreset, buildGait, DEFAULT_GAIT, DEFAULT_STANCE } from '../../sim/index.ts';
import { vp8OfWebp } from '../../cli/video.ts';
import { expectRefusal, sim } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'tl-video-'));

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

describe('sim video', { timeout: 30_000 }, () => {
  it('writes a WebM of the walk: one VP8 key frame per 1/fps s of the strides at the speed asked', async () => {
    const out = join(dir, 'walk.webm');
    const r = sim(
      'video',
      'walk',
      '--preset',
      'sgn-palsy-complete',
      '--fps',
      '10',
      '--strides',
      '1',
      '--speed',
      '0.5',
      '--width-px',
      '320',
      '--height-px',
      '180',
      '--height',
      '170 cm',
      '--caption',
      'Complete palsy',
      '--out',
      out,
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { frames: number; durationS: number };
    const stride = buildGait({
      ...DEFAULT_GAIT,
      stance: applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!,
    }).strideTimeS;
    expect(report.frames).toBe(Math.round((stride / 0.5) * 10));
    const input = new Input({
      source: new BufferSource(new Uint8Array(readFileSync(out))),
      formats: ALL_FORMATS,
    });
    const track = (await input.getPrimaryVideoTrack())!;
    expect(await track.getCodec()).toBe('vp8');
    expect([track.displayWidth, track.displayHeight]).toEqual([320, 180]);
    let frames = 0;
    for await (const p of new EncodedPacketSink(track).packets()) {
      expect(p.type).toBe('key');
      expect(p.timestamp).toBeCloseTo(frames / 10, 6);
      frames++;
    }
    expect(frames).toBe(report.frames);
    expect(await input.computeDuration()).toBeCloseTo(report.frames / 10, 6);
  });

  it.each([
    [['video'], 'needs what to show'],
    [['video', 'dance', '--out', 'x.webm'], 'must be one of walk, nerve-block'],
    [['video', 'walk'], 'needs --out'],
    [['video', 'walk', '--out', 'x.mp4'], 'must end in .webm'],
    [['video', 'walk', '--out', 'x.webm', '--speed', '2'], 'must be one of 1, 0.5, 0.25'],
    [['video', 'walk', '--out', 'x.webm', '--duration', '2'], 'takes --strides'],
    [
      ['video', 'walk', '--out', 'x.webm', '--fps', '60', '--strides', '20', '--speed', '0.25'],
      'at most 3600',
    ],
    [
      ['video', 'walk', '--out', 'x.webm', '--width', '320'],
      '--width has no meaning for video: its size is --width-px',
    ],
    [['video', 'walk', '--out', 'x.webm', '--samples', '9'], '--samples has no meaning for video'],
    [['video', 'walk', '--out', 'x.webm', '--width-px', '5000'], 'between 64 and 3840'],
    [['video', 'walk', '--out', 'x.webm', '--caption', 'x'.repeat(121)], 'at most 120 characters'],
    [['video', 'walk', '--out', '/nonexistent-dir/x.webm', '--fps', '1'], 'cannot write'],
  ])('refuses %j with one line', (args, why) => {
    expectRefusal(args, why);
  });
});
