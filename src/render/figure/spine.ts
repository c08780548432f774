/**
 * The spine and the back of the thorax: five lumbar vertebrae on a curve that leaves the sacrum
 * along the pelvis and reaches the thorax along the trunk, so a lean bends the lumbar spine (and
 * only it); the thoracic spine, the ribs' outline and the shoulder blades ride on the thorax.
 */
import type { Vec2 } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { partFrame, placed, type ScreenFrame } from './frame.ts';
import { SACRUM_TOP_M } from './pelvis.ts';
import { REFERENCE_HALF_HIP_WIDTH_M } from './pelvisOutline.ts';
import type { FigurePose } from './pose/index.ts';
import { LUMBAR } from './proportions.ts';
import { cached, ellipse, keyOf, pathOf, place, scaled } from './shapes.ts';
import { boneStyle } from './style.ts';

/** A lumbar vertebra seen from behind (lamina, transverse processes), fractions of H about its centre. */
const VERTEBRA: readonly Vec2[] = [
  { x: -0.021, y: 0.003 },
  { x: -0.011, y: 0.006 },
  { x: -0.009, y: 0.008 },
  { x: 0.009, y: 0.008 },
  { x: 0.011, y: 0.006 },
  { x: 0.021, y: 0.003 },
  { x: 0.021, y: -0.002 },
  { x: 0.011, y: -0.004 },
  { x: 0.008, y: -0.008 },
  { x: -0.008, y: -0.008 },
  { x: -0.011, y: -0.004 },
  { x: -0.021, y: -0.002 },
];

/** The right shoulder blade in the thorax frame, relative to the shoulder line's centre, fractions of H. */
const SCAPULA: readonly Vec2[] = [
  { x: 0.03, y: -0.012 },
  { x: 0.07, y: -0.006 },
  { x: 0.104, y: -0.004 },
  { x: 0.1, y: -0.03 },
  { x: 0.08, y: -0.07 },
  { x: 0.052, y: -0.105 },
  { x: 0.036, y: -0.06 },
];

/** A point along the cubic curve p0 → p3 with end tangents t0, t3 (Hermite), and its direction. */
function hermite(p0: Vec2, t0: Vec2, p3: Vec2, t3: Vec2, s: number): { p: Vec2; d: Vec2 } {
  const h00 = 2 * s ** 3 - 3 * s ** 2 + 1;
  const h10 = s ** 3 - 2 * s ** 2 + s;
  const h01 = -2 * s ** 3 + 3 * s ** 2;
  const h11 = s ** 3 - s ** 2;
  const d00 = 6 * s ** 2 - 6 * s;
  const d10 = 3 * s ** 2 - 4 * s + 1;
  const d01 = -6 * s ** 2 + 6 * s;
  const d11 = 3 * s ** 2 - 2 * s;
  return {
    p: {
      x: h00 * p0.x + h10 * t0.x + h01 * p3.x + h11 * t3.x,
      y: h00 * p0.y + h10 * t0.y + h01 * p3.y + h11 * t3.y,
    },
    d: {
      x: d00 * p0.x + d10 * t0.x + d01 * p3.x + d11 * t3.x,
      y: d00 * p0.y + d10 * t0.y + d01 * p3.y + d11 * t3.y,
    },
  };
}

/** The lumbar vertebrae from the sacrum to the thorax. */
function lumbarSpine(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const H = pose.heightM;
  const p = pose.pelvis;
  const tr = pose.trunk;
  const k = p.shape.halfHipWidthM / REFERENCE_HALF_HIP_WIDTH_M;
  const base = place(p.centre, p.angleRad, { x: 0, y: SACRUM_TOP_M * k });
  const length = LUMBAR.lengthFraction * H;
  // The top of L1 on the thorax: the trunk turns about the lumbosacral joint as the model's does.
  const top = place(tr.lumbosacral, tr.angleRad, {
    x: 0,
    y: SACRUM_TOP_M * k + length - tr.lumbosacralHeightM,
  });
  const t0 = { x: -Math.sin(p.angleRad) * length, y: Math.cos(p.angleRad) * length };
  const t3 = { x: -Math.sin(tr.angleRad) * length, y: Math.cos(tr.angleRad) * length };
  const outline = cached(`vertebra:${H}:${frame.pxPerM}`, () =>
    pathOf(partFrame(frame), scaled(VERTEBRA, H), 'smooth'),
  );
  const n = LUMBAR.count;
  return el(
    'g',
    { class: 'lumbar-spine', 'aria-label': 'Lumbar spine' },
    Array.from({ length: n }, (_, i) => {
      const { p: c, d } = hermite(base, t0, top, t3, (i + 0.5) / n);
      const angle = Math.atan2(-d.x, d.y);
      return el('path', {
        d: outline,
        transform: placed(frame, c, angle),
        ...boneStyle(t, { 'stroke-width': 1 * t.lineScale }),
      });
    }),
  );
}

/** The thoracic spine, the ribs' outline and the shoulder blades, on the thorax. */
function thorax(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const H = pose.heightM;
  const tr = pose.trunk;
  const p = pose.pelvis;
  const k = p.shape.halfHipWidthM / REFERENCE_HALF_HIP_WIDTH_M;
  const up = Math.hypot(
    tr.shoulderCentre.x - tr.lumbosacral.x,
    tr.shoulderCentre.y - tr.lumbosacral.y,
  );
  const l1 = SACRUM_TOP_M * k + LUMBAR.lengthFraction * H - tr.lumbosacralHeightM;
  const d = cached(`thorax:${H}:${keyOf(up)}:${keyOf(l1)}:${frame.pxPerM}`, () => {
    const local = partFrame(frame);
    const count = 12;
    const step = (up + 0.02 * H - l1) / count;
    const processes = Array.from({ length: count }, (_, i) =>
      pathOf(local, ellipse({ x: 0, y: l1 + step * (i + 0.5) }, 0.005 * H, 0.007 * H, 8), 'smooth'),
    );
    const rib = (sign: 1 | -1, y: number, w: number) =>
      pathOf(
        local,
        [
          { x: sign * 0.012 * H, y },
          { x: sign * w * 0.6, y: y + 0.008 * H },
          { x: sign * w, y: y - 0.012 * H },
        ],
        'curve',
      );
    const ribs = [0.25, 0.4, 0.55, 0.7, 0.85].flatMap((f) => {
      const y = l1 + (up - l1) * f;
      const w = (0.06 + 0.02 * Math.sin(Math.PI * f)) * H;
      return [rib(1, y, w), rib(-1, y, w)];
    });
    const scapula = (sign: 1 | -1) =>
      pathOf(
        local,
        scaled(SCAPULA, H, sign).map((q) => ({ x: q.x, y: q.y + up })),
        'smooth',
      );
    return {
      ribs: ribs.join(''),
      processes: processes.join(''),
      right: scapula(1),
      left: scapula(-1),
    };
  });
  const scapula = (sign: 1 | -1) =>
    el('path', {
      d: sign === 1 ? d.right : d.left,
      ...boneStyle(t, { 'fill-opacity': 0.75, 'stroke-width': 1.1 * t.lineScale }),
      'aria-label': `${sign === 1 ? 'Right' : 'Left'} shoulder blade`,
    });
  return el(
    'g',
    {
      class: 'thorax',
      transform: placed(frame, tr.lumbosacral, tr.angleRad),
      'aria-label': 'Thorax',
    },
    [
      el('path', {
        d: d.ribs,
        fill: 'none',
        stroke: t.boneEdge,
        'stroke-width': 1 * t.lineScale,
        opacity: 0.35,
      }),
      el('path', { d: d.processes, ...boneStyle(t, { 'stroke-width': 0.8 * t.lineScale }) }),
      scapula(1),
      scapula(-1),
    ],
  );
}

/** The spine from the sacrum up, and the thorax. */
export function spineNode(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  return el('g', { class: 'trunk', 'aria-label': 'Spine and thorax' }, [
    thorax(pose, frame, t),
    lumbarSpine(pose, frame, t),
  ]);
}
