import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_GAIT, DEFAULT_STANCE, solveStance } from '../../../sim/index.ts';
import { stanceFigure } from '../../../src/render/figure/pose/index.ts';
import { figureScene } from '../../../src/render/figure/scene.ts';
import { onPaper, paperPx, paperTheme } from '../../../src/render/export/paper.ts';
import { scenePdf, winAnsi } from '../../../src/render/export/pdf.ts';
import { plotOfInputs } from '../../../src/render/plots/fromInputs.ts';
import { SCREEN_THEME } from '../../../src/render/theme.ts';
import { readPdf } from './pdfFile.ts';

const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;
const PT_PER_MM = 72 / 25.4;

describe('text for the standard PDF fonts', () => {
  it('keeps Latin-1 and Windows-1252 text, writes the minus sign as an en dash, marks the rest', () => {
    expect(winAnsi('Pelvic drop (°) ± 1 SD, 2 × BW, N·m')).toBe(
      'Pelvic drop (°) ± 1 SD, 2 × BW, N·m',
    );
    expect(winAnsi('−20 — “quoted” …')).toBe('–20 — “quoted” …');
    expect(winAnsi('θ ≈ 1')).toBe('? ~ 1');
  });
});

describe('vector PDF of a scene', () => {
  it('puts a plot on a page of its paper size, its words as text, its curves as paths, no image', async () => {
    const paper = { widthMm: 85, heightMm: 80, fontPt: 8 };
    const plot = plotOfInputs(
      'demand-capacity',
      { label: 'Palsy', input: { ...DEFAULT_GAIT, stance: palsy } },
      { ...paperPx(paper), theme: paperTheme(SCREEN_THEME, 8), panel: 'A' },
    );
    const pdf = readPdf(await scenePdf(onPaper(plot.scene)));
    expect(pdf.header).toMatch(/^%PDF-1\.\d/);
    expect(pdf.pages).toBe(1);
    const box = /\/MediaBox \[([\d. ]+)\]/.exec(pdf.body)?.[1]?.split(' ').map(Number) ?? [];
    expect(box[2]).toBeCloseTo(85 * PT_PER_MM, 1);
    expect(box[3]).toBeCloseTo(80 * PT_PER_MM, 1);
    expect(pdf.body).not.toMatch(/\/Subtype\s*\/Image/);
    expect(pdf.shown).toEqual(
      expect.arrayContaining(['A', 'Pelvic drop (°)', 'equilibrium 11.2°']),
    );
    // the axis labels at 8 pt, every text between 6.5 and 10.5 pt
    const sizes = [...pdf.body.matchAll(/\/F\d+ ([\d.]+) Tf/g)].map((m) => Number(m[1]));
    expect(sizes.some((pt) => Math.abs(pt - 8) < 1e-6)).toBe(true);
    for (const pt of sizes) {
      expect(pt).toBeGreaterThanOrEqual(6.5);
      expect(pt).toBeLessThanOrEqual(10.5);
    }
    expect(pdf.body).toMatch(/ c\n/); // cubic curves
    expect(pdf.body).toMatch(/\[\d[\d. ]*\] 0\.? d/); // dash patterns
    expect(pdf.body).toContain('/Title (Why the pelvis drops: Palsy)');
  });

  it('draws the figure too: ellipses as curves, rotated words as text, at 96 px per inch', async () => {
    const r = solveStance({ ...palsy, stanceSide: 'right' });
    const { pose, overlays } = stanceFigure(r);
    const scene = figureScene(pose, {
      title: 'Palsy',
      description: 'Stance on the right leg',
      bodyWeightN: r.bodyWeightN,
      overlays,
      view: 'hip',
      widthPx: 480,
      heightPx: 600,
    });
    const pdf = readPdf(await scenePdf(scene));
    const box = /\/MediaBox \[([\d. ]+)\]/.exec(pdf.body)?.[1]?.split(' ').map(Number) ?? [];
    expect(box[2]).toBeCloseTo((480 / 96) * 72, 1);
    expect(pdf.body).not.toMatch(/\/Subtype\s*\/Image/);
    expect(pdf.shown.length).toBeGreaterThan(3);
  });
});
