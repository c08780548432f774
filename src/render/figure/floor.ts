/** The ground of the figure: the floor line with its hatch, and "Left" / "Right" under the feet. */
import { el, textEl, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import type { FigurePose } from './pose/index.ts';

/** Spacing of the floor's hatch lines and their size, px. */
const HATCH_SPACING_PX = 14;
const HATCH_SIZE_PX = 10;
/** The side labels keep at least this far apart, m. */
const SIDE_LABEL_GAP_M = 0.2;

/** The floor line with a light hatch below it. */
export function floorNode(frame: ScreenFrame, t: Theme): SvgNode {
  const y = frame.y(0);
  const hatch: SvgNode[] = [];
  for (let x = 0; x < frame.widthPx; x += HATCH_SPACING_PX)
    hatch.push(
      el('line', {
        x1: x,
        y1: y + HATCH_SIZE_PX,
        x2: x + HATCH_SIZE_PX,
        y2: y,
        stroke: t.floor,
        'stroke-width': 0.8,
      }),
    );
  return el('g', { class: 'floor', 'aria-label': 'Floor' }, [
    ...hatch,
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

/** "Left" and "Right" under the feet (seen from behind, the subject's right is the viewer's right). */
export function sideLabels(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const y = frame.y(0) + t.fontPx * 1.25;
  const label = (x: number, text: string) =>
    textEl(
      'text',
      { x: frame.x(x), y, 'text-anchor': 'middle', 'font-size': t.fontPx, fill: t.mutedInk },
      text,
    );
  return el('g', { class: 'side-labels' }, [
    label(Math.min(pose.left.ankle.x, pose.right.ankle.x - SIDE_LABEL_GAP_M), 'Left'),
    label(Math.max(pose.right.ankle.x, pose.left.ankle.x + SIDE_LABEL_GAP_M), 'Right'),
  ]);
}
