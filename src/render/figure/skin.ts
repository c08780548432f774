/**
 * The soft-tissue outline seen from behind: head, neck, trunk, buttocks, thighs, calves and heels
 * as one silhouette over the skeleton (the arms that cross the trunk: ./arms.ts). Each part is an
 * outline in its segment's frame (fractions of height, ./proportions.ts), placed with a transform.
 * The parts join into one silhouette by drawing them twice: first all with a wide edge, then all
 * filled without it, so only the outer edge shows. The skin marks what a clinician looks at: the
 * dimples over the posterior superior iliac spines, the gluteal cleft and folds (./skinMarks.ts).
 */
import type { Vec2 } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { partFrame, placed, type ScreenFrame } from './frame.ts';
import type { FigurePose, LegFigure } from './pose/index.ts';
import { BREADTH, FOOT_BREADTH } from './proportions.ts';
import { armParts, crosses } from './arms.ts';
import { cached, ellipse, keyOf, pathOf, place, scaled, stepped } from './shapes.ts';
import { skinMarks } from './skinMarks.ts';
import { part, silhouette, type Part } from './skinPart.ts';

/** The right thigh in the femur frame (origin at the hip centre, x lateral, y up), fractions of H. */
const THIGH: readonly Vec2[] = [
  { x: 0.0, y: 0.03 },
  { x: 0.05, y: 0.02 },
  { x: 0.057, y: -0.035 },
  { x: 0.058, y: -0.08 },
  { x: 0.051, y: -0.145 },
  { x: 0.038, y: -0.205 },
  { x: 0.03, y: -0.24 },
  { x: 0.024, y: -0.262 },
  { x: -0.024, y: -0.262 },
  { x: -0.03, y: -0.24 },
  { x: -0.034, y: -0.19 },
  { x: -0.04, y: -0.12 },
  { x: -0.043, y: -0.07 },
  { x: -0.04, y: -0.04 },
  { x: -0.025, y: -0.01 },
];

/** The right buttock and hip in the pelvis frame (origin between the hip centres), fractions of H. */
const BUTTOCK: readonly Vec2[] = [
  { x: 0.0, y: 0.085 },
  { x: 0.08, y: 0.085 },
  { x: 0.091, y: 0.045 },
  { x: 0.0955, y: 0.0 },
  { x: 0.092, y: -0.035 },
  { x: 0.075, y: -0.058 },
  { x: 0.045, y: -0.066 },
  { x: 0.014, y: -0.058 },
  { x: 0.0, y: -0.045 },
];

/** Half the trunk's outline (thorax frame: origin at the lumbosacral joint, y up the trunk) below the shoulders, fractions of H. */
const TORSO_BELOW_SHOULDERS: readonly Vec2[] = [
  { x: BREADTH.waist / 2, y: -0.005 },
  { x: 0.089, y: 0.05 },
  { x: BREADTH.chest / 2, y: 0.12 },
];

/** The calf profile along the shank (share of the shank from the knee) and half-widths (lateral, medial), fractions of H. */
const CALF: readonly { at: number; lateral: number; medial: number }[] = [
  { at: -0.05, lateral: BREADTH.knee / 2, medial: BREADTH.knee / 2 },
  { at: 0.12, lateral: 0.031, medial: 0.033 },
  { at: 0.3, lateral: 0.031, medial: BREADTH.calf / 2 + 0.002 },
  { at: 0.6, lateral: 0.025, medial: 0.026 },
  { at: 0.9, lateral: BREADTH.ankle / 2, medial: BREADTH.ankle / 2 },
];

/** The thigh of `leg` (`sign` +1 right, −1 left). */
function thigh(frame: ScreenFrame, H: number, leg: LegFigure, sign: 1 | -1): Part {
  return part(
    frame,
    `thigh:${H}:${sign}`,
    () => scaled(THIGH, H, sign),
    leg.hip,
    leg.femurAngleRad,
  );
}

/** The calf and heel of `leg`: the profile along the shank as drawn (foreshortened in swing). */
function calf(frame: ScreenFrame, H: number, leg: LegFigure, sign: 1 | -1): Part {
  const len = stepped(Math.hypot(leg.ankle.x - leg.knee.x, leg.ankle.y - leg.knee.y));
  const outline = () => {
    const heelDown = 0.039 * H;
    const heel = (BREADTH.heel / 2) * H;
    const lateral = CALF.map((c) => ({ x: sign * c.lateral * H, y: -c.at * len }));
    const medial = CALF.map((c) => ({ x: -sign * c.medial * H, y: -c.at * len })).reverse();
    const foot = [
      { x: sign * heel, y: -len - heelDown * 0.45 },
      { x: sign * heel * 0.8, y: -len - heelDown * 0.95 },
      { x: -sign * heel * 0.8, y: -len - heelDown * 0.95 },
      { x: -sign * heel, y: -len - heelDown * 0.45 },
    ];
    return [...lateral, ...foot, ...medial];
  };
  return part(frame, `calf:${H}:${sign}:${len.toFixed(4)}`, outline, leg.knee, leg.shankAngleRad);
}

/** The forefoot seen beyond the heel: a low, wide shape on the sole (world, follows the shank). */
function forefoot(frame: ScreenFrame, H: number, leg: LegFigure): Part {
  const w = (FOOT_BREADTH / 2) * H;
  const sole = { x: leg.ankle.x, y: leg.ankle.y - 0.039 * H };
  const pts = () => [
    { x: -w, y: 0.002 * H },
    { x: -w * 0.9, y: 0.022 * H },
    { x: w * 0.9, y: 0.022 * H },
    { x: w, y: 0.002 * H },
  ];
  return part(frame, `forefoot:${H}`, pts, sole, 0);
}

/** The trunk, neck and shoulders in the thorax frame, up to the head. */
function torso(frame: ScreenFrame, pose: FigurePose): Part {
  const H = pose.heightM;
  const tr = pose.trunk;
  const up = Math.hypot(
    tr.shoulderCentre.x - tr.lumbosacral.x,
    tr.shoulderCentre.y - tr.lumbosacral.y,
  );
  const half = Math.hypot(
    tr.rightShoulder.x - tr.shoulderCentre.x,
    tr.rightShoulder.y - tr.shoulderCentre.y,
  );
  const arm = (BREADTH.upperArm / 2) * H;
  const neck = (BREADTH.neck / 2) * H;
  const outline = () => {
    const right: Vec2[] = [
      ...scaled(TORSO_BELOW_SHOULDERS, H),
      { x: (BREADTH.chest / 2) * H + 0.004 * H, y: up - 0.055 * H },
      { x: half + arm * 0.6, y: up - 0.005 * H },
      { x: half + arm * 0.2, y: up + arm * 0.75 },
      { x: half - arm, y: up + 0.028 * H },
      { x: neck * 1.5, y: up + 0.045 * H },
      { x: neck, y: up + 0.07 * H },
      { x: neck * 0.9, y: up + 0.1 * H },
    ];
    return [...right, ...right.map((p) => ({ x: -p.x, y: p.y })).reverse()];
  };
  return part(
    frame,
    `torso:${H}:${keyOf(up)}:${keyOf(half)}`,
    outline,
    tr.lumbosacral,
    tr.angleRad,
  );
}

/** The waist between the pelvis and the thorax: it follows the lumbar spine's bend (world). */
function waist(frame: ScreenFrame, pose: FigurePose): Part {
  const H = pose.heightM;
  const p = pose.pelvis;
  const tr = pose.trunk;
  const hw = (BREADTH.waist / 2) * H;
  const low = (x: number) => place(p.centre, p.angleRad, { x, y: 0.06 * H });
  const high = (x: number) => place(tr.lumbosacral, tr.angleRad, { x, y: 0.03 * H });
  const mid = (x: number) => {
    const a = low(x * 1.03);
    const b = high(x * 1.03);
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  };
  return {
    d: pathOf(frame, [low(hw), mid(hw), high(hw), high(-hw), mid(-hw), low(-hw)], 'smooth'),
  };
}

/** The head from behind, with its ears, in the head's frame. */
function head(frame: ScreenFrame, pose: FigurePose): Part[] {
  const H = pose.heightM;
  const tr = pose.trunk;
  const rx = (BREADTH.head / 2) * H;
  const ry = tr.headRadiusM;
  const skull = () => ellipse({ x: 0, y: 0.004 * H }, rx, ry, 16);
  const ear = (sign: 1 | -1) => () =>
    ellipse({ x: sign * rx * 0.98, y: -0.004 * H }, 0.007 * H, 0.017 * H, 8);
  return [
    part(frame, `ear:${H}:1`, ear(1), tr.headCentre, tr.angleRad),
    part(frame, `ear:${H}:-1`, ear(-1), tr.headCentre, tr.angleRad),
    part(frame, `skull:${H}`, skull, tr.headCentre, tr.angleRad),
  ];
}

/** The hair over the back of the head, down to the nape (head frame). */
function hair(frame: ScreenFrame, pose: FigurePose, t: Theme): SvgNode {
  const H = pose.heightM;
  const tr = pose.trunk;
  const rx = (BREADTH.head / 2) * H * 0.96;
  const ry = tr.headRadiusM * 0.96;
  // Around the crown from one temple to the other, then a curved hairline across the nape.
  const crown = Array.from({ length: 13 }, (_, i) => {
    const a = -0.5 + ((Math.PI + 1.0) * i) / 12;
    return { x: rx * Math.cos(a), y: 0.006 * H + ry * Math.sin(a) };
  });
  const nape = [
    { x: -rx * 0.72, y: -ry * 0.52 },
    { x: -rx * 0.3, y: -ry * 0.4 },
    { x: rx * 0.3, y: -ry * 0.4 },
    { x: rx * 0.72, y: -ry * 0.52 },
  ];
  return el('path', {
    d: cached(`hair:${H}:${frame.pxPerM}`, () =>
      pathOf(partFrame(frame), [...crown, ...nape], 'smooth'),
    ),
    transform: placed(frame, tr.headCentre, tr.angleRad),
    fill: t.hair,
    stroke: t.skinEdge,
    'stroke-width': 0.8 * t.lineScale,
    'aria-hidden': 'true',
  });
}

/** One leg's silhouette: thigh, calf, heel and forefoot. */
function legParts(frame: ScreenFrame, H: number, leg: LegFigure, sign: 1 | -1): Part[] {
  return [forefoot(frame, H, leg), calf(frame, H, leg, sign), thigh(frame, H, leg, sign)];
}

/** The trunk's silhouette: buttocks, waist, torso, head, and the arms that hang free of it. */
function trunkParts(frame: ScreenFrame, pose: FigurePose): Part[] {
  const H = pose.heightM;
  const p = pose.pelvis;
  const tr = pose.trunk;
  return [
    ...(crosses(tr.leftArm, -1, H) ? [] : armParts(frame, H, tr.leftArm)),
    ...(crosses(tr.rightArm, 1, H) ? [] : armParts(frame, H, tr.rightArm)),
    part(frame, `buttock:${H}:-1`, () => scaled(BUTTOCK, H, -1), p.centre, p.angleRad),
    part(frame, `buttock:${H}:1`, () => scaled(BUTTOCK, H, 1), p.centre, p.angleRad),
    waist(frame, pose),
    torso(frame, pose),
    ...head(frame, pose),
  ];
}

/**
 * The silhouette: each leg on its own, the one that carries less behind, then the trunk with the
 * free arms over the tops of the thighs (its lower edge is the gluteal fold), then the skin marks.
 */
export function skinNode(pose: FigurePose, frame: ScreenFrame, t: Theme): SvgNode {
  const H = pose.heightM;
  const legs = [
    { leg: pose.left, sign: -1 as const, name: 'left' },
    { leg: pose.right, sign: 1 as const, name: 'right' },
  ].sort((a, b) => a.leg.stance - b.leg.stance);
  return el('g', { class: 'skin', 'aria-label': 'Body outline' }, [
    ...legs.map((l) => silhouette(legParts(frame, H, l.leg, l.sign), t, `leg-outline ${l.name}`)),
    silhouette(trunkParts(frame, pose), t, 'body-outline'),
    hair(frame, pose, t),
    skinMarks(frame, pose, t),
  ]);
}
