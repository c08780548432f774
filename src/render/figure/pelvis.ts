/**
 * The pelvis (both hip bones and the sacrum, one rigid body placed by one transform), the line
 * through the iliac crests, and the hip joint centres.
 */
import type { Vec2 } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { partFrame, placed, type ScreenFrame } from './frame.ts';
import { HIP_BONE, OBTURATOR, REFERENCE_HALF_HIP_WIDTH_M, SACRUM } from './pelvisOutline.ts';
import type { FigurePose, LegFigure } from './pose/index.ts';
import { cached, ellipse, pathOf, scaled } from './shapes.ts';
import { boneStyle } from './style.ts';

/** The sacrum's top (the first sacral vertebra) in the pelvis frame, m at the outline's size. */
export const SACRUM_TOP_M = SACRUM.reduce((top, p) => Math.max(top, p.y), -Infinity);

/** The outlines of the hip bones (right, left), obturator foramina and sacrum in the pelvis frame, px. */
function outlines(k: number, frame: ScreenFrame) {
  return cached(`pelvis:${k}:${frame.pxPerM}`, () => {
    const local = partFrame(frame);
    const foramen = ellipse({ x: OBTURATOR.x, y: OBTURATOR.y }, OBTURATOR.rx, OBTURATOR.ry);
    const side = (sign: 1 | -1) => ({
      bone: pathOf(local, scaled(HIP_BONE, k, sign), 'smooth'),
      foramen: pathOf(local, scaled(foramen, k, sign), 'smooth'),
    });
    return { right: side(1), left: side(-1), sacrum: pathOf(local, scaled(SACRUM, k), 'closed') };
  });
}

/** The hip bones and the sacrum in the pelvis frame, placed on the pelvis. */
function bones(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const p = pose.pelvis;
  const o = outlines(p.shape.halfHipWidthM / REFERENCE_HALF_HIP_WIDTH_M, frame);
  const side = (sign: 1 | -1, name: string) =>
    el('g', { 'aria-label': `${name} hip bone` }, [
      el('path', { d: (sign === 1 ? o.right : o.left).bone, ...boneStyle(t) }),
      el('path', {
        d: (sign === 1 ? o.right : o.left).foramen,
        fill: t.background,
        stroke: t.boneEdge,
        'stroke-width': 1.1 * t.lineScale,
        'aria-label': `${name} obturator foramen`,
      }),
    ]);
  return el('g', { transform: placed(frame, p.centre, p.angleRad) }, [
    side(1, 'Right'),
    side(-1, 'Left'),
    el('path', {
      d: o.sacrum,
      ...boneStyle(t),
      'aria-label': 'Sacrum',
    }),
  ]);
}

/**
 * The pelvis: both hip bones, the sacrum, and the line through the iliac crests, drawn past the
 * crests by `extendM` each way (m) so that its tilt reads from afar.
 */
export function pelvisNode(
  pose: FigurePose,
  frame: ScreenFrame,
  t: Theme,
  extendM = 0,
  weight = 1.2,
): SvgNode {
  const p = pose.pelvis;
  const dx = p.rightCrest.x - p.leftCrest.x;
  const dy = p.rightCrest.y - p.leftCrest.y;
  const len = Math.hypot(dx, dy) || 1;
  const a: Vec2 = {
    x: p.leftCrest.x - (dx / len) * extendM,
    y: p.leftCrest.y - (dy / len) * extendM,
  };
  const b: Vec2 = {
    x: p.rightCrest.x + (dx / len) * extendM,
    y: p.rightCrest.y + (dy / len) * extendM,
  };
  return el('g', { class: 'pelvis', role: 'img', 'aria-label': 'Pelvis' }, [
    bones(pose, frame, t),
    el('line', {
      x1: frame.x(a.x),
      y1: frame.y(a.y),
      x2: frame.x(b.x),
      y2: frame.y(b.y),
      stroke: t.ink,
      'stroke-width': weight * t.lineScale,
      'stroke-dasharray': weight > 1.5 ? undefined : '5 4',
      'stroke-linecap': 'round',
      'aria-label': 'Line through the iliac crests',
    }),
  ]);
}

/** Hip joint centres, drawn over the muscles so they stay visible. */
export function hipJointsNode(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const mark = (leg: LegFigure, name: string) =>
    el('circle', {
      cx: frame.x(leg.hip.x),
      cy: frame.y(leg.hip.y),
      r: 2.6 * t.lineScale,
      fill: t.ink,
      'aria-label': `${name} hip joint centre`,
    });
  return el('g', { class: 'hip-joints' }, [mark(pose.right, 'Right'), mark(pose.left, 'Left')]);
}
