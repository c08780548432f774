/** Dev helper: writes the figure SVG of a preset to out/ (for looking at it). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { applyPreset, DEFAULT_STANCE, solveStance, stanceFigure } from '../sim/index.ts';
import { figureScene } from '../src/render/figure/scene.ts';
import { serialize } from '../src/render/svg.ts';

mkdirSync('out', { recursive: true });
for (const [id, comp] of [
  ['normal', 'none'],
  ['sgn-palsy-complete', 'none'],
  ['sgn-palsy-complete', 'trunk-lean'],
  ['sgn-palsy-partial', 'auto'],
] as const) {
  const input = {
    ...applyPreset(DEFAULT_STANCE, id)!,
    compensation: comp,
    caneFractionBW: id === 'normal' ? 0.1 : 0,
  };
  const r = solveStance(input);
  const f = stanceFigure(r);
  const normal = stanceFigure(solveStance(DEFAULT_STANCE)).pose;
  for (const view of ['body', 'hip'] as const) {
    const svg = serialize(
      figureScene(f.pose, {
        view,
        title: id,
        description: id,
        bodyWeightN: r.bodyWeightN,
        overlays: f.overlays,
        ghost: id === 'normal' ? undefined : normal,
      }),
    );
    writeFileSync(`out/figure-${id}-${comp}-${view}.svg`, svg);
  }
}
