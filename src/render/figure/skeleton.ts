/**
 * Bones and body outline of the figure: pelvis (ilium, iliac crests, sacrum), lumbar spine and
 * trunk, femurs (head, neck, greater trochanter, shaft, condyles), shanks and feet, head and arms.
 * Shapes are outlines in local frames scaled from the model's dimensions.
 */
import type { FigurePose, LegFigure } from './pose/index.ts';
import type { Vec2 } from '../../../sim/index.ts';
import { el, textEl, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import { band, lerp, pathOf, place } from './shapes.ts';

/**
 * Posterior view of the right hip bone, m, for a half hip width of 0.08 m (origin: the pelvis
 * centre; the hip centre at (0.08, 0)): posterior superior iliac spine, iliac crest, the lateral
 * ilium, the acetabular rim around the femoral head, ischium and ischial tuberosity, the inferior
 * ramus to the pubic symphysis, the superior ramus, and the greater sciatic notch back up.
 * Proportions after Dostal & Andrews (1981): crests 28.6 cm apart, hip centres 16.9 cm apart.
 */
const HIP_BONE: readonly Vec2[] = [
  { x: 0.04, y: 0.085 },
  { x: 0.05, y: 0.116 },
  { x: 0.07, y: 0.135 },
  { x: 0.095, y: 0.142 },
  { x: 0.118, y: 0.136 },
  { x: 0.134, y: 0.121 },
  { x: 0.142, y: 0.1 },
  { x: 0.14, y: 0.072 },
  { x: 0.128, y: 0.046 },
  { x: 0.114, y: 0.03 },
  { x: 0.108, y: 0.012 },
  { x: 0.109, y: -0.012 },
  { x: 0.101, y: -0.032 },
  { x: 0.095, y: -0.052 },
  { x: 0.088, y: -0.074 },
  { x: 0.077, y: -0.091 },
  { x: 0.06, y: -0.095 },
  { x: 0.046, y: -0.085 },
  { x: 0.028, y: -0.074 },
  { x: 0.011, y: -0.067 },
  { x: 0.004, y: -0.058 },
  { x: 0.005, y: -0.036 },
  { x: 0.024, y: -0.03 },
  { x: 0.04, y: -0.024 },
  { x: 0.036, y: -0.002 },
  { x: 0.035, y: 0.03 },
  { x: 0.037, y: 0.06 },
];
/** The obturator foramen of the right hip bone: centre and radii, m (same frame). */
const OBTURATOR = { x: 0.058, y: -0.057, rx: 0.017, ry: 0.013 };
/** The sacrum and coccyx, m: alae at the top, tapering to the coccyx below the hip line. */
const SACRUM: readonly Vec2[] = [
  { x: -0.046, y: 0.104 },
  { x: 0, y: 0.112 },
  { x: 0.046, y: 0.104 },
  { x: 0.043, y: 0.07 },
  { x: 0.036, y: 0.035 },
  { x: 0.025, y: 0.0 },
  { x: 0.012, y: -0.03 },
  { x: 0.004, y: -0.052 },
  { x: -0.004, y: -0.052 },
  { x: -0.012, y: -0.03 },
  { x: -0.025, y: 0.0 },
  { x: -0.036, y: 0.035 },
  { x: -0.043, y: 0.07 },
];
const REFERENCE_HALF_HIP_WIDTH_M = 0.08;

function boneStyle(t: Theme, extra: Record<string, string | number> = {}) {
  return {
    fill: t.bone,
    stroke: t.boneEdge,
    'stroke-width': 1.4 * t.lineScale,
    'stroke-linejoin': 'round',
    ...extra,
  };
}

/** The pelvis: both ilia, the sacrum and the pubic arch. */
export function pelvisNode(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const p = pose.pelvis;
  const k = p.shape.halfHipWidthM / REFERENCE_HALF_HIP_WIDTH_M;
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
      ...boneStyle(t, { fill: t.bone }),
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

/** One leg: femur (head, neck, trochanter, shaft, condyles), tibia and fibula, foot. */
export function legNode(
  leg: LegFigure,
  sign: 1 | -1,
  headRadiusM: number,
  frame: ScreenFrame,
  t: Theme,
  name: string,
): SvgNode {
  const px = frame.pxPerM;
  const shaftDir = { x: leg.knee.x - leg.neckJunction.x, y: leg.knee.y - leg.neckJunction.y };
  const len = Math.hypot(shaftDir.x, shaftDir.y) || 1;
  const u = { x: shaftDir.x / len, y: shaftDir.y / len };
  const lateral = { x: -u.y * -sign, y: u.x * -sign };
  const condyle = (s: number) => ({
    x: leg.knee.x + lateral.x * s * 0.042 - u.x * 0.01,
    y: leg.knee.y + lateral.y * s * 0.042 - u.y * 0.01,
  });
  const femurOutline = [
    ...band(leg.neckJunction, lerp(leg.neckJunction, leg.knee, 0.85), 0.017, 0.015),
  ];
  const femur = el('g', { 'aria-label': `${name} femur` }, [
    el('path', { d: pathOf(frame, femurOutline, 'closed'), ...boneStyle(t) }),
    el('path', {
      d: pathOf(
        frame,
        [
          condyle(1),
          lerp(leg.neckJunction, leg.knee, 0.82),
          condyle(-1),
          {
            x: leg.knee.x - u.x * 0.0 + lateral.x * -0.03,
            y: leg.knee.y + lateral.y * -0.03 + u.y * 0.012,
          },
          {
            x: leg.knee.x + lateral.x * 0.03 + u.x * 0.012,
            y: leg.knee.y + lateral.y * 0.03 + u.y * 0.012,
          },
        ],
        'smooth',
      ),
      ...boneStyle(t),
    }),
    el('path', {
      d: pathOf(frame, band(leg.hip, leg.neckJunction, 0.014, 0.017), 'closed'),
      ...boneStyle(t),
    }),
    el('circle', {
      cx: frame.x(leg.greaterTrochanter.x),
      cy: frame.y(leg.greaterTrochanter.y),
      r: 0.017 * px,
      ...boneStyle(t),
      'aria-label': `${name} greater trochanter`,
    }),
    el('circle', {
      cx: frame.x(leg.hip.x),
      cy: frame.y(leg.hip.y),
      r: headRadiusM * px,
      ...boneStyle(t),
      'aria-label': `${name} femoral head`,
    }),
    el('circle', {
      cx: frame.x(leg.hip.x),
      cy: frame.y(leg.hip.y),
      r: 2.2 * t.lineScale,
      fill: t.boneEdge,
    }),
  ]);
  const shankDir = { x: leg.ankle.x - leg.knee.x, y: leg.ankle.y - leg.knee.y };
  const slen = Math.hypot(shankDir.x, shankDir.y) || 1;
  const v = { x: shankDir.x / slen, y: shankDir.y / slen };
  const lat = (d: number) => ({ x: -v.y * -sign * d, y: v.x * -sign * d });
  const fibTop = {
    x: leg.knee.x + lat(0.028).x + v.x * 0.03,
    y: leg.knee.y + lat(0.028).y + v.y * 0.03,
  };
  const fibBottom = { x: leg.ankle.x + lat(0.022).x, y: leg.ankle.y + lat(0.022).y };
  const shank = el('g', { 'aria-label': `${name} tibia and fibula` }, [
    el('path', {
      d: pathOf(frame, band(lerp(leg.knee, leg.ankle, 0.04), leg.ankle, 0.03, 0.017), 'closed'),
      ...boneStyle(t),
    }),
    el('line', {
      x1: frame.x(fibTop.x),
      y1: frame.y(fibTop.y),
      x2: frame.x(fibBottom.x),
      y2: frame.y(fibBottom.y),
      stroke: t.boneEdge,
      'stroke-width': 3 * t.lineScale,
      'stroke-linecap': 'round',
    }),
  ]);
  const heel = [
    { x: leg.ankle.x - 0.03, y: leg.ankle.y },
    { x: leg.ankle.x + 0.03, y: leg.ankle.y },
    { x: leg.ankle.x + 0.034, y: leg.ankle.y - 0.055 },
    { x: leg.ankle.x - 0.034, y: leg.ankle.y - 0.055 },
  ].map((q) => ({ x: q.x, y: Math.max(q.y, leg.ankle.y - 0.068) }));
  const foot = el('path', {
    d: pathOf(frame, heel, 'smooth'),
    ...boneStyle(t),
    'aria-label': `${name} foot`,
  });
  return el('g', { class: `leg leg-${name.toLowerCase()}`, 'data-stance': leg.stance.toFixed(2) }, [
    shank,
    foot,
    femur,
  ]);
}

/** Trunk silhouette, spine, arms and head. */
export function trunkNode(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const tr = pose.trunk;
  const a = tr.angleRad;
  const ls = tr.lumbosacral;
  const up = Math.hypot(tr.shoulderCentre.x - ls.x, tr.shoulderCentre.y - ls.y);
  const half = Math.hypot(
    tr.rightShoulder.x - tr.shoulderCentre.x,
    tr.rightShoulder.y - tr.shoulderCentre.y,
  );
  const at = (x: number, y: number) => place(ls, a, { x, y });
  const torso = [
    at(-0.6 * half, 0.04),
    at(-0.72 * half, 0.2 * up),
    at(-0.95 * half, 0.7 * up),
    at(-half - 0.02, up),
    at(-0.25 * half, up + 0.04),
    at(0.25 * half, up + 0.04),
    at(half + 0.02, up),
    at(0.95 * half, 0.7 * up),
    at(0.72 * half, 0.2 * up),
    at(0.6 * half, 0.04),
  ];
  const vertebrae: SvgNode[] = [];
  for (let i = 0; i < 5; i++) {
    const c = at(0, 0.022 + i * 0.036);
    vertebrae.push(
      el('path', {
        d: pathOf(
          frame,
          band(place(c, a, { x: 0, y: -0.014 }), place(c, a, { x: 0, y: 0.014 }), 0.02),
          'closed',
        ),
        ...boneStyle(t),
        'stroke-width': 1 * t.lineScale,
      }),
    );
  }
  // A limb as a round-capped line with an outline: a line under a slightly narrower line.
  const arm = (shoulder: Vec2, hand: Vec2) => {
    const [x1, y1] = frame.at(shoulder);
    const [x2, y2] = frame.at(hand);
    const w = 0.07 * frame.pxPerM;
    const common = { x1, y1, x2, y2, 'stroke-linecap': 'round' } as const;
    return el('g', { 'aria-label': 'Arm' }, [
      el('line', { ...common, stroke: t.mutedInk, 'stroke-width': w + 2.4 * t.lineScale }),
      el('line', { ...common, stroke: t.skin, 'stroke-width': w }),
    ]);
  };
  const headR = tr.headRadiusM * frame.pxPerM;
  const neckTop = place(ls, a, { x: 0, y: up + 0.07 });
  return el('g', { class: 'trunk', 'aria-label': 'Trunk, arms and head' }, [
    el('path', {
      d: pathOf(frame, torso, 'smooth'),
      fill: t.skin,
      stroke: t.mutedInk,
      'stroke-width': 1.2 * t.lineScale,
    }),
    el('path', {
      d: pathOf(frame, [ls, place(ls, a, { x: 0, y: up + 0.05 })]),
      stroke: t.boneEdge,
      'stroke-width': 1.2 * t.lineScale,
      'stroke-dasharray': '2 3',
      fill: 'none',
    }),
    ...vertebrae,
    el('path', {
      d: pathOf(frame, band(place(ls, a, { x: 0, y: up - 0.02 }), neckTop, 0.05, 0.042), 'smooth'),
      fill: t.skin,
      stroke: t.mutedInk,
      'stroke-width': 1 * t.lineScale,
    }),
    el('circle', {
      cx: frame.x(tr.headCentre.x),
      cy: frame.y(tr.headCentre.y),
      r: headR,
      fill: t.skin,
      stroke: t.mutedInk,
      'stroke-width': 1.2 * t.lineScale,
    }),
    arm(tr.rightShoulder, tr.rightHand),
    arm(tr.leftShoulder, tr.leftHand),
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

/** A cane from the hand to the floor. */
export function caneNode(hand: Vec2, frame: ScreenFrame, t: Theme): SvgNode {
  return el('g', { class: 'cane', 'aria-label': 'Cane' }, [
    el('line', {
      x1: frame.x(hand.x),
      y1: frame.y(hand.y + 0.03),
      x2: frame.x(hand.x),
      y2: frame.y(0),
      stroke: t.cane,
      'stroke-width': 5 * t.lineScale,
      'stroke-linecap': 'round',
    }),
    el('path', {
      d: pathOf(frame, [
        { x: hand.x, y: hand.y + 0.03 },
        { x: hand.x + 0.02, y: hand.y + 0.06 },
        { x: hand.x + 0.06, y: hand.y + 0.05 },
      ]),
      fill: 'none',
      stroke: t.cane,
      'stroke-width': 5 * t.lineScale,
      'stroke-linecap': 'round',
    }),
  ]);
}

/** The floor line with a light hatch below it. */
export function floorNode(frame: ScreenFrame, t: Theme): SvgNode {
  const y = frame.y(0);
  const hatch: SvgNode[] = [];
  for (let x = 0; x < frame.widthPx; x += 14)
    hatch.push(
      el('line', { x1: x, y1: y + 10, x2: x + 10, y2: y, stroke: t.floor, 'stroke-width': 0.8 }),
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
    label(Math.min(pose.left.ankle.x, pose.right.ankle.x - 0.2), 'Left'),
    label(Math.max(pose.right.ankle.x, pose.left.ankle.x + 0.2), 'Right'),
  ]);
}
