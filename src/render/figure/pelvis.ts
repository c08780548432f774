/** The pelvis (both hip bones, the sacrum, the line through the iliac crests) and the hip joints. */
import type { Vec2 } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import { HIP_BONE, OBTURATOR, REFERENCE_HALF_HIP_WIDTH_M, SACRUM } from './pelvisOutline.ts';
import type { FigurePose, LegFigure } from './pose/index.ts';
import { pathOf, place } from './shapes.ts';
import { boneStyle } from './style.ts';

/** The pelvis: both ilia, the sacrum and the line through the iliac crests. */
export function pelvisNode(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const p = pose.pelvis;
  const k = p.shape.halfHipWidthM / REFERENCE_HALF_HIP_WIDTH_M;
  /** From the outlines' frame (sign −1: mirrored to the left side) to the world. */
  const local = (sign: 1 | -1) => (q: Vec2) =>
    place(p.centre, p.angleRad, { x: sign * q.x * k, y: q.y * k });
  const side = (sign: 1 | -1, name: string) => {
    const at = local(sign);
    const o = at({ x: OBTURATOR.x, y: OBTURATOR.y });
    return el('g', { 'aria-label': `${name} hip bone` }, [
      el('path', { d: pathOf(frame, HIP_BONE.map(at), 'smooth'), ...boneStyle(t) }),
      el('ellipse', {
        cx: frame.x(o.x),
        cy: frame.y(o.y),
        rx: OBTURATOR.rx * k * frame.pxPerM,
        ry: OBTURATOR.ry * k * frame.pxPerM,
        transform: `rotate(${(-p.angleRad * 180) / Math.PI} ${frame.x(o.x)} ${frame.y(o.y)})`,
        fill: t.background,
        stroke: t.boneEdge,
        'stroke-width': 1.1 * t.lineScale,
        'aria-label': `${name} obturator foramen`,
      }),
    ]);
  };
  return el('g', { class: 'pelvis', role: 'img', 'aria-label': 'Pelvis' }, [
    side(1, 'Right'),
    side(-1, 'Left'),
    el('path', {
      d: pathOf(frame, SACRUM.map(local(1)), 'closed'),
      ...boneStyle(t),
      'aria-label': 'Sacrum',
    }),
    el('line', {
      x1: frame.x(p.leftCrest.x),
      y1: frame.y(p.leftCrest.y),
      x2: frame.x(p.rightCrest.x),
      y2: frame.y(p.rightCrest.y),
      stroke: t.mutedInk,
      'stroke-width': 1.2 * t.lineScale,
      'stroke-dasharray': '5 4',
      'aria-label': 'Line through the iliac crests',
    }),
  ]);
}

/** Hip joint centres, drawn over the pelvis so they stay visible: head outline and centre. */
export function hipJointsNode(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const mark = (leg: LegFigure, name: string) =>
    el('g', { 'aria-label': `${name} hip joint centre` }, [
      el('circle', {
        cx: frame.x(leg.hip.x),
        cy: frame.y(leg.hip.y),
        r: pose.femoralHeadRadiusM * frame.pxPerM,
        fill: 'none',
        stroke: t.boneEdge,
        'stroke-width': 1.2 * t.lineScale,
        'stroke-dasharray': '3 2',
      }),
      el('circle', {
        cx: frame.x(leg.hip.x),
        cy: frame.y(leg.hip.y),
        r: 3 * t.lineScale,
        fill: t.ink,
      }),
    ]);
  return el('g', { class: 'hip-joints' }, [mark(pose.right, 'Right'), mark(pose.left, 'Left')]);
}
