/**
 * Export figures of the benchmark, on the command line's path (resvg + gifenc, no browser): a
 * 600-dpi PNG of a plot, and a one-stride GIF of the figure at 480 px.
 */
import { gaitFigure } from '../src/render/figure/pose/index.ts';
import { Resvg } from '@resvg/resvg-js';
import { applyPreset, buildGait, DEFAULT_GAIT, DEFAULT_STANCE, sampleGait } from '../sim/index.ts';
import { svgToPng } from '../cli/plot.ts';
import { figureScene } from '../src/render/figure/scene.ts';
import { encodeGif } from '../src/render/export/gif.ts';
import { plotOfInputs } from '../src/render/plots/fromInputs.ts';
import { serialize } from '../src/render/svg.ts';
import { medianMs, type Figure } from './measure.ts';

export async function exportFigures(): Promise<Figure[]> {
  const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;
  const scenario = { label: 'palsy', input: { ...DEFAULT_GAIT, stance: palsy } };
  const png600 = medianMs(() => {
    const plot = plotOfInputs('gait-cycle', scenario, { widthPx: 900, heightPx: 560 });
    svgToPng(serialize(plot.scene), (900 * 600) / 96, 600);
  }, 5);
  const gait = buildGait({ ...DEFAULT_GAIT, stance: palsy });
  const gif = medianMs(() => {
    const w = 480;
    const h = 624;
    const n = Math.round(gait.strideTimeS * 20);
    const frames = Array.from({ length: n }, (_, i) => {
      const s = sampleGait(gait, i / n);
      const svg = serialize(
        figureScene(gaitFigure(gait, s), {
          title: '',
          description: '',
          bodyWeightN: gait.bodyWeightN,
          widthPx: w,
          heightPx: h,
        }),
      );
      return new Resvg(svg, { font: { loadSystemFonts: true } }).render().pixels;
    });
    encodeGif(frames, w, h, 50);
  }, 3);
  return [
    {
      name: 'export a 600-dpi PNG of the gait-cycle plot (5625 px wide, command line)',
      value: png600,
      unit: 'ms',
    },
    {
      name: 'export a one-stride GIF of the figure (480 px, 20 frames/s, command line)',
      value: gif,
      unit: 'ms',
    },
  ];
}
