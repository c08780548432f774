import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_GAIT, DEFAULT_STANCE, solveStance } from '../../../sim/index.ts';
import { stanceFigure } from '../../../src/render/figure/pose/index.ts';
import { figureScene } from '../../../src/render/figure/scene.ts';
import { onPaper, paperPx, paperTheme } from '../../../src/render/export/paper.ts';
import { inFont, scenePdf, subsetTag } from '../../../src/render/export/pdf.ts';
import { plotOfInputs } from '../../../src/render/plots/fromInputs.ts';
import { svgRoot, textEl } from '../../../src/render/svg.ts';
import { SCREEN_THEME } from '../../../src/render/theme.ts';
import { readPdfFonts } from '../../../cli/pdfFonts.ts';
import { readPdf } from './pdfFile.ts';

const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;
const PT_PER_MM = 72 / 25.4;
const PT_PER_PX = 72 / 96;
const fonts = readPdfFonts();

describe('text in the embedded font', () => {
  it('keeps every character the font has, and marks the others instead of cutting the text', () => {
    const has = (code: number) => code !== 0x4e2d; // a font without "中"
    expect(inFont('−20 · 2 × BW ≥ 1°, F₁', has)).toBe('−20 · 2 × BW ≥ 1°, F₁');
    expect(inFont('a中b', has)).toBe('a?b');
    expect(inFont('x𝑥y', () => true)).toBe('x?y'); // beyond the two-byte encoding
  });

  it('names subsets with six capital letters that follow the words', () => {
    expect(subsetTag(['Pelvic drop'])).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag(['Pelvic drop'])).toBe(subsetTag(['Pelvic drop']));
    expect(subsetTag(['Pelvic drop'])).not.toBe(subsetTag(['Pelvic drop (°)']));
  });
});

/** A scene of words, each anchored at (x, y) px, 12 px type, on a 200 × 100 px page. */
function wordsScene(words: readonly { text: string; x: number; anchor: string; bold?: boolean }[]) {
  return svgRoot(
    {
      id: 'words',
      className: 'words',
      widthPx: 200,
      heightPx: 100,
      fontFamily: 'DejaVu Sans',
      title: 'Words',
      description: 'Words',
      background: '#ffffff',
    },
    words.map((w, i) =>
      textEl(
        'text',
        {
          x: w.x,
          y: 20 + 20 * i,
          'font-size': 12,
          'text-anchor': w.anchor,
          ...(w.bold ? { 'font-weight': 700 } : {}),
        },
        w.text,
      ),
    ),
  );
}

describe('the embedded font', () => {
  it('embeds DejaVu Sans, regular and bold, as subsets, and lists no standard font', async () => {
    const pdf = readPdf(
      await scenePdf(
        wordsScene([
          { text: 'Hip moment (N·m)', x: 10, anchor: 'start' },
          { text: 'A', x: 10, anchor: 'start', bold: true },
        ]),
        fonts,
      ),
    );
    const names = pdf.fonts.filter((f) => f.subtype === 'Type0').map((f) => f.baseFont);
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^[A-Z]{6}\+DejaVuSans$/);
    expect(names[1]).toMatch(/^[A-Z]{6}\+DejaVuSans-Bold$/);
    // every font of the file embedded: the two CID fonts have their TrueType programs
    for (const f of pdf.fonts.filter((f) => f.subtype === 'CIDFontType2'))
      expect(f.embedded, f.baseFont).toBe(true);
    expect(
      pdf.fonts.some((f) => /Helvetica|Times|Courier|Symbol|ZapfDingbats/.test(f.baseFont)),
    ).toBe(false);
    expect(pdf.fontFiles).toHaveLength(2);
    // the subsets hold the glyphs used, not the 0.76 MB and 0.71 MB faces (nor their glyph names)
    for (const file of pdf.fontFiles) expect(file.length).toBeLessThan(80_000);
  });

  it('shows −, ·, ×, °, ≥ and ₁ as themselves', async () => {
    const words = '−20 · 2 × BW ≥ 1°, F₁';
    const pdf = readPdf(
      await scenePdf(wordsScene([{ text: words, x: 10, anchor: 'start' }]), fonts),
    );
    expect(pdf.shown).toEqual([words]);
  });

  it('anchors words by DejaVu Sans widths, as the SVG is laid out', async () => {
    // Digits advance 1303/2048 em and "−" as "+" 1716/2048 em in DejaVu Sans (its hmtx table);
    // Helvetica's digits are 0.556 em, which would start "200" 1.6 pt further right.
    const em = (units: number) => (units / 2048) * 12;
    const pdf = readPdf(
      await scenePdf(
        wordsScene([
          { text: '200', x: 150, anchor: 'end' },
          { text: '−1', x: 100, anchor: 'middle' },
          { text: '200', x: 150, anchor: 'end', bold: true },
        ]),
        fonts,
      ),
    );
    const [end, middle, bold] = pdf.placed;
    expect(end?.text).toBe('200');
    expect(end?.x).toBeCloseTo((150 - 3 * em(1303)) * PT_PER_PX, 2);
    expect(middle?.text).toBe('−1');
    expect(middle?.x).toBeCloseTo((100 - (em(1716) + em(1303)) / 2) * PT_PER_PX, 2);
    // DejaVu Sans Bold's digits are wider: 1425/2048 em
    expect(bold?.x).toBeCloseTo((150 - 3 * em(1425)) * PT_PER_PX, 2);
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
    const pdf = readPdf(await scenePdf(onPaper(plot.scene), fonts));
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
    const pdf = readPdf(await scenePdf(scene, fonts));
    const box = /\/MediaBox \[([\d. ]+)\]/.exec(pdf.body)?.[1]?.split(' ').map(Number) ?? [];
    expect(box[2]).toBeCloseTo((480 / 96) * 72, 1);
    expect(pdf.body).not.toMatch(/\/Subtype\s*\/Image/);
    expect(pdf.shown.length).toBeGreaterThan(3);
  });
});
