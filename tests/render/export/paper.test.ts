import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_GAIT, DEFAULT_STANCE, normalBody } from '../../../sim/index.ts';
import {
  mmOfPx,
  onPaper,
  paperPx,
  paperTheme,
  PAPER_PRESETS,
  presetSize,
  ptOfPx,
  pxOfMm,
  pxOfPt,
  sceneSizeMm,
  sceneSizePx,
} from '../../../src/render/export/paper.ts';
import { plotOfInputs } from '../../../src/render/plots/fromInputs.ts';
import { PLOT_NAMES, PLOT_PAPER_ASPECT } from '../../../src/render/plots/types.ts';
import { serialize, type SvgNode } from '../../../src/render/svg.ts';
import { SCREEN_THEME } from '../../../src/render/theme.ts';

const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;

/** Every font size in a scene, in its own units (px of the viewBox). */
function fontSizes(n: SvgNode): number[] {
  const own = n.attrs?.['font-size'];
  return [...(own === undefined ? [] : [Number(own)]), ...(n.children ?? []).flatMap(fontSizes)];
}

describe('paper units', () => {
  it('convert millimetres and points to CSS pixels at 96 per inch', () => {
    expect(pxOfMm(25.4)).toBeCloseTo(96, 12);
    expect(pxOfPt(72)).toBeCloseTo(96, 12);
    expect(mmOfPx(pxOfMm(85))).toBeCloseTo(85, 12);
    expect(ptOfPx(pxOfPt(8))).toBeCloseTo(8, 12);
  });

  it('give a theme its type at the chosen size and its lines in proportion', () => {
    const t = paperTheme(SCREEN_THEME, 8);
    expect(ptOfPx(t.fontPx)).toBeCloseTo(8, 12);
    expect(t.lineScale / t.fontPx).toBeCloseTo(SCREEN_THEME.lineScale / SCREEN_THEME.fontPx, 12);
  });

  it('offer the journal and slide sizes of the export menu', () => {
    expect(PAPER_PRESETS.map((p) => p.label)).toEqual([
      'journal single column 85 mm',
      'double column 180 mm',
      'slide 16:9',
    ]);
    const slide = presetSize(PAPER_PRESETS[2]!, 20, 1);
    expect(slide.widthMm / slide.heightMm).toBeCloseTo(16 / 9, 9);
  });
});

// The population plot solves some 10,000 stances: about a second alone, more on a busy machine.
describe('a plot at 85 mm with 8 pt type', { timeout: 60_000 }, () => {
  for (const name of PLOT_NAMES)
    it(`${name} says its size in millimetres and prints every text at 6.5-10.5 pt`, () => {
      const size = presetSize(PAPER_PRESETS[0]!, 8, PLOT_PAPER_ASPECT[name]);
      const plot = plotOfInputs(
        name,
        { label: 'Palsy', input: { ...DEFAULT_GAIT, stance: palsy } },
        { ...paperPx(size), theme: paperTheme(SCREEN_THEME, 8), panel: 'A' },
        { label: 'Normal', input: { ...DEFAULT_GAIT, stance: normalBody(palsy) } },
        name === 'gait-cycle' ? 40 : undefined,
      );
      const scene = onPaper(plot.scene);
      const svg = serialize(scene);
      expect(svg).toMatch(/^<svg [^>]*width="85mm" height="[\d.]+mm" viewBox="0 0 [\d.]+ [\d.]+"/);
      expect(sceneSizeMm(scene).widthMm).toBeCloseTo(85, 2);
      expect(sceneSizeMm(scene).heightMm).toBeCloseTo(85 * PLOT_PAPER_ASPECT[name], 2);
      // A font size in viewBox units prints at size × (85 mm / viewBox width) in points.
      const ptPerUnit = (85 / sceneSizePx(scene).widthPx / 25.4) * 72;
      const sizes = fontSizes(scene).map((s) => s * ptPerUnit);
      expect(sizes.length).toBeGreaterThan(10);
      for (const pt of sizes) {
        expect(pt).toBeGreaterThanOrEqual(6.5);
        expect(pt).toBeLessThanOrEqual(10.5);
      }
      expect(svg).toContain('>A</text>');
    });
});
