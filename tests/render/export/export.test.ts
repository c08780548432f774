import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_STANCE } from '../../../sim/index.ts';
import { parseTableCsv, tableCsv } from '../../../src/render/export/csv.ts';
import { encodeGif } from '../../../src/render/export/gif.ts';
import { exportFileName, slug } from '../../../src/render/export/names.ts';
import { pngDpi, pngSize, withDpi } from '../../../src/render/export/png.ts';
import { scenarioOptions } from '../../../src/lib/scenarioOptions.ts';
import { APP_VERSION } from '../../../src/render/version.ts';

const palsyStance = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;
/** Scenarios as the CSV header names them: every option. */
const palsy = { label: 'Palsy', options: scenarioOptions(palsyStance, 'right', true) };
const normal = { label: 'Normal', options: scenarioOptions(DEFAULT_STANCE, 'right', true) };

describe('export file names', () => {
  it('say what they contain', () => {
    expect(exportFileName('gait-cycle', scenarioOptions(palsyStance, 'right'), 'svg')).toBe(
      'trendelenburg-gait-cycle-gmed-0-gmin-0-tfl-0.svg',
    );
    expect(exportFileName('demand-capacity', scenarioOptions(DEFAULT_STANCE, 'right'), 'png')).toBe(
      'trendelenburg-demand-capacity-normal.png',
    );
  });

  it('are safe on every operating system', () => {
    for (const bad of ['a/b\\c:d*e?f"g<h>i|j', 'CON', '..', 'ünïcödé näme', ' '.repeat(300)]) {
      const s = slug(bad);
      expect(s).toMatch(/^[a-z0-9-]*$/);
      expect(s.length).toBeLessThanOrEqual(120);
    }
  });
});

describe('CSV', () => {
  const table = {
    columns: [
      { name: 'series', unit: '' },
      { name: 'pelvicDrop', unit: 'deg' },
      { name: 'moment', unit: 'N·m' },
    ],
    rows: [
      ['demand, "current"', 0, 57.28],
      ['capacity', 12.5, -1e-7],
    ],
  };

  it('names the app version, the plot and every scenario parameter in a comment header', () => {
    const text = tableCsv(table, 'Demand vs capacity', palsy, normal);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`# Trendelenburg Lab ${APP_VERSION}: Demand vs capacity`);
    expect(lines[1]).toContain('gmed=0; gmin=0; tfl=0');
    expect(lines[1]).toContain('mass=73');
    expect(lines[2]).toContain('# pinned "Normal"');
  });

  it('puts units in the headers and round-trips the numbers', () => {
    const back = parseTableCsv(tableCsv(table, 'x', normal));
    expect(back.header).toEqual(['series', 'pelvicDrop [deg]', 'moment [N·m]']);
    expect(back.rows.map((r) => [r[0], Number(r[1]), Number(r[2])])).toEqual(table.rows);
  });
});

describe('CSV cells', () => {
  it('are quoted where they hold a comma, a quote, a line break or "#", and round-trip', () => {
    const cells = ['x,y', 'say "hi"', 'two\nlines', '#not a comment', 'plain'];
    const odd = { columns: [{ name: 'series', unit: '' }], rows: cells.map((c) => [c]) };
    const text = tableCsv(odd, 'x', normal);
    expect(text).toContain('\n"x,y"\n"say ""hi"""\n"two\nlines"\n"#not a comment"\nplain\n');
    expect(parseTableCsv(text).rows).toEqual(cells.map((c) => [c]));
  });

  it('leave numbers as JavaScript writes them, and non-finite ones empty', () => {
    const nums = { columns: [{ name: 'v', unit: 'N' }], rows: [[1e-7], [-2.5], [NaN], [Infinity]] };
    expect(tableCsv(nums, 'x', normal).split('\n').slice(-6)).toEqual([
      'v [N]',
      '1e-7',
      '-2.5',
      '',
      '',
      '',
    ]);
  });
});

describe('PNG', () => {
  // A 1 × 1 PNG (as any encoder writes it).
  const tiny = Uint8Array.from(
    atob(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    ),
    (c) => c.charCodeAt(0),
  );

  it('reads its pixel size', () => expect(pngSize(tiny)).toEqual({ width: 1, height: 1 }));

  it('records the print resolution and replaces an old one', () => {
    const at300 = withDpi(tiny, 300);
    expect(pngDpi(at300)).toBe(300);
    expect(pngDpi(withDpi(at300, 600))).toBe(600);
    expect(pngSize(at300)).toEqual({ width: 1, height: 1 });
  });
});

describe('GIF', () => {
  it('encodes frames into an animated GIF of the right size', () => {
    const w = 4;
    const h = 3;
    const frames = [0, 128, 255].map((v) => new Uint8Array(w * h * 4).fill(v));
    const seen: number[] = [];
    const gif = encodeGif(frames, w, h, 50, (d) => seen.push(d));
    expect(String.fromCharCode(...gif.subarray(0, 6))).toBe('GIF89a');
    expect(gif[6]! | (gif[7]! << 8)).toBe(w);
    expect(gif[8]! | (gif[9]! << 8)).toBe(h);
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('the version', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(APP_VERSION).toBe(pkg.version);
  });
});
