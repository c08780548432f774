/** The ground of the figure: the floor line with its hatch, and "Left" / "Right" under the feet. */
import { el, textEl, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import { textSize } from './labels.ts';
import type { FigurePose } from './pose/index.ts';

/** Spacing of the floor's hatch lines and their size, px. */
const HATCH_SPACING_PX = 14;
const HATCH_SIZE_PX = 10;

/** The floor line with a light hatch below it (one path). */
export function floorNode(frame: ScreenFrame, t: Theme): SvgNode {
  const y = frame.y(0);
  let hatch = '';
  for (let x = 0; x < frame.widthPx; x += HATCH_SPACING_PX)
    hatch += `M${x},${y + HATCH_SIZE_PX}L${x + HATCH_SIZE_PX},${y}`;
  return el('g', { class: 'floor', 'aria-label': 'Floor' }, [
    el('path', { d: hatch, stroke: t.floor, 'stroke-width': 0.8 }),
    el('line', {
      x1: 0,
      y1: y,
      x2: frame.widthPx,
      y2: y,
      stroke: t.floor,
      'stroke-width': 2 * t.lineScale,
    }),
  ]);
}

/**
 * "Left" and "Right" under the feet (seen from behind, the subject's right is the viewer's right),
 * kept apart by at least their own widths.
 */
export function sideLabels(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const y = frame.y(0) + t.fontPx * 0.95;
  const label = (x: number, text: string) =>
    textEl(
      'text',
      {
        x,
        y,
        'text-anchor': 'middle',
        'dominant-baseline': 'middle',
        'font-size': t.fontPx,
        fill: t.mutedInk,
      },
      text,
    );
  const gap =
    (textSize('Left', t.fontPx, false).w + textSize('Right', t.fontPx, false).w) / 2 + t.fontPx;
  const mid = (frame.x(pose.left.ankle.x) + frame.x(pose.right.ankle.x)) / 2;
  const left = Math.min(frame.x(pose.left.ankle.x), mid - gap / 2);
  const right = Math.max(frame.x(pose.right.ankle.x), mid + gap / 2);
  return el('g', { class: 'side-labels' }, [label(left, 'Left'), label(right, 'Right')]);
}
