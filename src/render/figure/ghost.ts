/** A faint dashed outline of another posture (normal, for comparison) over the figure. */
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import type { FigurePose } from './pose/index.ts';
import { pathOf } from './shapes.ts';

/** The ghost of `g`: pelvis, legs, spine and shoulders as dashed lines. */
export function ghostNode(g: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const line = (pts: { x: number; y: number }[]) =>
    el('path', {
      d: pathOf(frame, pts),
      fill: 'none',
      stroke: t.ghost,
      'stroke-width': 2.5 * t.lineScale,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'stroke-dasharray': '8 5',
      opacity: 0.95,
    });
  return el('g', { class: 'ghost', 'aria-label': 'Normal posture for comparison (dashed)' }, [
    line([g.pelvis.leftCrest, g.left.hip, g.right.hip, g.pelvis.rightCrest]),
    line([g.right.hip, g.right.knee, g.right.ankle]),
    line([g.left.hip, g.left.knee, g.left.ankle]),
    line([g.trunk.lumbosacral, g.trunk.shoulderCentre, g.trunk.headCentre]),
    line([g.trunk.leftShoulder, g.trunk.rightShoulder]),
  ]);
}
