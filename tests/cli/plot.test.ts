import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_GAIT, DEFAULT_STANCE } from '../../sim/index.ts';
import { parseTableCsv } from '../../src/render/export/csv.ts';
import { pngDpi, pngSize } from '../../src/render/export/png.ts';
import { plotOfInputs } from '../../src/render/plots/fromInputs.ts';
import { PLOT_NAMES } from '../../src/render/plots/types.ts';
import { serialize } from '../../src/render/svg.ts';
import { readPdf } from '../render/export/pdfFile.ts';
import { expectRefusal, sim } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'tl-plot-'));

/** Runs `sim plot NAME` of the complete palsy with `options`, into `file` in the test folder. */
function plotPalsy(name: string, file: string, ...options: string[]) {
  const out = join(dir, file);
  return { out, r: sim('plot', name, '--preset', 'sgn-palsy-complete', ...options, '--out', out) };
}

// The population plot solves some 10,000 stances: about a second alone, more on a busy machine.
describe('sim plot', { timeout: 60_000 }, () => {
  for (const name of PLOT_NAMES) {
    it(`writes ${name} as a self-contained SVG that parses as XML and equals the app's plot`, () => {
      const { out, r } = plotPalsy(name, `${name}.svg`, '--width-px', '800', '--height-px', '500');
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({
        plot: name,
        format: 'svg',
        widthPx: 800,
        heightPx: 500,
      });
      const text = readFileSync(out, 'utf8');
      const doc = new JSDOM(text, { contentType: 'image/svg+xml' }).window.document;
      expect(doc.querySelector('parsererror')).toBeNull();
      const svg = doc.documentElement;
      expect(svg.getAttribute('width')).toBe('800');
      expect(svg.getAttribute('height')).toBe('500');
      expect(svg.querySelector('title')?.textContent?.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/<(link|script|foreignObject|image)\b/);
      const app = plotOfInputs(
        name,
        {
          label: 'Scenario',
          input: { ...DEFAULT_GAIT, stance: applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')! },
        },
        { widthPx: 800, heightPx: 500 },
      );
      expect(text.trim()).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${serialize(app.scene)}`);
    });
  }

  it('writes a PNG of the requested pixel size with its print resolution', () => {
    const out = join(dir, 'gait.png');
    const r = sim('plot', 'gait-cycle', '--out', out, '--width-px', '600', '--dpi', '300');
    expect(r.code, r.stderr).toBe(0);
    const png = new Uint8Array(readFileSync(out));
    expect(pngSize(png)).toEqual({
      width: Math.round((600 * 300) / 96),
      height: Math.round((Math.round(600 * 0.62) * 300) / 96),
    });
    expect(pngDpi(png)).toBe(300);
  });

  it('writes a CSV of exactly what is plotted, with units and the scenario in its header', () => {
    const out = join(dir, 'dc.csv');
    expect(sim('plot', 'demand-capacity', '--gmed', '20', '--out', out).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^# Trendelenburg Lab \d+\.\d+\.\d+: demand-capacity/);
    expect(text).toContain('gmed=20');
    const table = parseTableCsv(text);
    const app = plotOfInputs(
      'demand-capacity',
      {
        label: 'Scenario',
        input: {
          ...DEFAULT_GAIT,
          stance: { ...DEFAULT_STANCE, strength: { ...DEFAULT_STANCE.strength, gmed: 0.2 } },
        },
      },
      { widthPx: 900, heightPx: 558 },
    ).table;
    expect(table.header).toEqual(
      app.columns.map((c) => (c.unit ? `${c.name} [${c.unit}]` : c.name)),
    );
    expect(table.rows).toHaveLength(app.rows.length);
    table.rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        const want = app.rows[i]![j]!;
        if (typeof want === 'number') expect(Number(cell)).toBe(want);
        else expect(cell).toBe(want);
      }),
    );
  });

  it('takes --height as the body height, as every command does, and --width as the old name of --width-px', () => {
    const csv = join(dir, 'tall.csv');
    const r = sim('plot', 'gait-cycle', '--height', '175 cm', '--out', csv);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain('height=1.75');
    const svg = sim('plot', 'gait-cycle', '--width', '700', '--out', join(dir, 'old.svg'));
    expect(svg.code, svg.stderr).toBe(0);
    expect(JSON.parse(svg.stdout)).toMatchObject({ widthPx: 700 });
  });

  it('refuses a PNG over 40 megapixels at once, before drawing it', () => {
    const started = Date.now();
    expectRefusal(
      ['plot', 'demand-capacity', '--width', '4000', '--dpi', '300', '--out', join(dir, 'big.png')],
      '40 megapixels',
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it.each([
    [['plot', 'gait-cycle', '--out', 'x.svg', '--steps', '1e9'], '--steps has no meaning for plot'],
    [
      ['plot', 'gait-cycle', '--out', 'x.svg', '--samples', '0'],
      '--samples has no meaning for plot',
    ],
    [['plot', 'gait-cycle', '--out', 'x.svg', '--param', 'zzz'], '--param has no meaning for plot'],
    [['plot', 'gait-cycle', '--out', 'x.svg', '--from', 'x'], '--from has no meaning for plot'],
    [
      ['plot', 'gait-cycle', '--out', 'x.svg', '--format', 'xml'],
      '--format has no meaning for plot',
    ],
    [['plot', 'gait-cycle', '--out', 'x.svg', '--dpi', '300'], '--dpi has no meaning for an SVG'],
    [['plot', 'gait-cycle', '--out', 'x.pdf', '--dpi', '300'], '--dpi has no meaning for a PDF'],
    [['plot', 'gait-cycle', '--out', 'x.pdf', '--steps', '3'], '--steps has no meaning for plot'],
    [['plot', 'moment-arms', '--out', 'x.svg', '--cursor', '50'], '--cursor has no meaning for'],
    [
      ['plot', 'gait-cycle', '--out', 'x.csv', '--width-px', '800'],
      '--width-px has no meaning for a CSV',
    ],
  ])('refuses an option it does not use: %j', (args, why) => {
    expectRefusal(args, why);
  });

  it.each([
    [['plot'], 'plot needs a NAME'],
    [['plot', 'pie', '--out', 'x.svg'], 'must be one of'],
    [['plot', 'gait-cycle'], 'needs --out'],
    [['plot', 'gait-cycle', '--out', 'x.gif'], 'must end in .svg, .png, .pdf or .csv'],
    [['plot', 'gait-cycle', '--out', 'x.png', '--dpi', '5000'], 'between 72 and 1200'],
    [['plot', 'gait-cycle', '--out', '/nonexistent-dir/x.svg'], 'cannot write'],
    [['plot', 'gait-cycle', '--out', '/nonexistent-dir/x.pdf'], 'cannot write'],
    [['plot', 'gait-cycle', '--out', 'x.svg', '--gmed', 'lots'], '--gmed'],
  ])('exits 2 with one line on stderr for %j', (args, why) => {
    expectRefusal(args, why);
  });
});

describe('sim plot on paper', () => {
  it('writes an SVG 85 mm wide with 8 pt type and a panel letter', () => {
    const { out, r } = plotPalsy(
      'demand-capacity',
      'dc-85.svg',
      '--width-mm',
      '85',
      '--font-pt',
      '8',
      '--panel',
      'A',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ widthMm: 85, fontPt: 8, panel: 'A' });
    const svg = readFileSync(out, 'utf8');
    const [, w, h, vw] =
      /<svg[^>]* width="([\d.]+)mm" height="([\d.]+)mm" viewBox="0 0 ([\d.]+) /.exec(svg) ?? [];
    expect(Number(w)).toBe(85);
    expect(Number(h)).toBeGreaterThan(40);
    const ptPerUnit = (85 / Number(vw) / 25.4) * 72;
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]) * ptPerUnit);
    expect(sizes.length).toBeGreaterThan(10);
    for (const pt of sizes) {
      expect(pt).toBeGreaterThanOrEqual(6.5);
      expect(pt).toBeLessThanOrEqual(10.5);
    }
    expect(svg).toContain('>A</text>');
  });

  it('writes a vector PDF: one page of the size asked, text as text, no image inside', () => {
    const { out, r } = plotPalsy(
      'demand-capacity',
      'dc.pdf',
      '--pin',
      'normal',
      '--width-mm',
      '180',
      '--height-mm',
      '100',
    );
    expect(r.code, r.stderr).toBe(0);
    const pdf = readPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.header).toMatch(/^%PDF-1\.\d/);
    expect(pdf.pages).toBe(1);
    const box = /\/MediaBox \[([\d. ]+)\]/.exec(pdf.body)?.[1]?.split(' ').map(Number) ?? [];
    expect(box[2]).toBeCloseTo((180 / 25.4) * 72, 1);
    expect(box[3]).toBeCloseTo((100 / 25.4) * 72, 1);
    expect(pdf.body).not.toMatch(/\/Subtype\s*\/Image/);
    // DejaVu Sans embedded, as `pdffonts` (poppler) reports it where installed
    expect(pdf.body).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(pdf.body).not.toMatch(/\/BaseFont \/Helvetica\b/);
    const fonts = spawnSync('pdffonts', [out], { encoding: 'utf8' });
    if (!fonts.error) {
      const rows = fonts.stdout
        .split('\n')
        .slice(2)
        .filter((l) => l.trim() !== '');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows)
        expect(row).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    }
    for (const words of ['Pelvic drop (°)', 'equilibrium 11.2°', 'Normal: level pelvis'])
      expect(pdf.shown).toContain(words);
    // curves are paths: moveto, lineto and curveto operators in the page's content
    expect(pdf.body).toMatch(/ m\n[\s\S]* l\n/);
  });

  it.each([
    [['--width-mm', '85', '--height-mm', '60', '--aspect', '4:3'], 'give one of them'],
    [['--width-mm', '85', '--width', '800'], 'pixels or millimetres'],
    [['--height-mm', '60'], 'needs --width-mm'],
    [['--width-mm', '10'], 'between 30 and 1000 mm'],
    [['--font-pt', '100'], 'between 4 and 48 pt'],
    [['--aspect', 'wide'], 'width:height'],
    [['--panel', 'ABC'], 'one or two letters'],
    [['--width-mm', '85', '--height-px', '500'], 'pixels or millimetres'],
  ])('refuses %j with one line', (extra, why) => {
    expectRefusal(['plot', 'gait-cycle', '--out', 'x.svg', ...extra], why);
  });
});
