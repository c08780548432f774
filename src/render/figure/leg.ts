/**
 * One leg's bones seen from behind, each drawn in its own frame and placed with a transform: the
 * femur (head, neck at its neck-shaft angle, greater and lesser trochanters, shaft, condyles), so
 * that coxa vara and valga read at a glance; the tibia and fibula; the heel bone.
 */
import type { Vec2 } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { partFrame, placed, type ScreenFrame } from './frame.ts';
import type { LegFigure } from './pose/index.ts';
import { band, cached, capsule, ellipse, keyOf, pathOf, stepped } from './shapes.ts';
import { union } from './style.ts';

/** Femoral shaft half-width at the top and above the condyles, fraction of H (≈ 28 and 26 mm wide). */
const SHAFT_HALF = { top: 0.008, bottom: 0.0075 } as const;

/** The femur in its frame (origin at the head centre, x lateral, y up), mirrored by `sign`. */
function femurShapes(
  leg: LegFigure,
  H: number,
  headRadiusM: number,
  sign: 1 | -1,
  frame: ScreenFrame,
): string[] {
  const local = partFrame(frame);
  const m = (p: Vec2): Vec2 => ({ x: sign * p.x, y: p.y });
  const N = leg.femur.neckJunction;
  const G = leg.femur.greaterTrochanter;
  const knee = { x: 0, y: -Math.hypot(leg.knee.x - leg.hip.x, leg.knee.y - leg.hip.y) };
  const len = Math.hypot(knee.x - N.x, knee.y - N.y) || 1;
  const s = { x: (knee.x - N.x) / len, y: (knee.y - N.y) / len };
  const onShaft = (d: number, across: number) => ({
    x: N.x + s.x * d - s.y * across,
    y: N.y + s.y * d + s.x * across,
  });
  const r = headRadiusM;
  const path = (pts: Vec2[], kind: 'smooth' | 'closed' = 'smooth') =>
    pathOf(local, pts.map(m), kind);
  const lesser = onShaft(0.028 * H, -SHAFT_HALF.top * H * 1.15);
  return [
    // Shaft from the trochanters to the flare above the condyles.
    path(
      band(onShaft(-0.01, 0), onShaft(len - 0.035 * H, 0), SHAFT_HALF.top * H, 0.012 * H),
      'closed',
    ),
    // Condyles.
    path(ellipse({ x: 0.013 * H, y: knee.y + 0.008 * H }, 0.013 * H, 0.014 * H, 12)),
    path(ellipse({ x: -0.013 * H, y: knee.y + 0.008 * H }, 0.013 * H, 0.014 * H, 12)),
    // Neck, narrower than the head, widening into the trochanters.
    path(band({ x: 0, y: 0 }, N, r * 0.62, r * 0.95), 'closed'),
    // Greater trochanter: from the junction up to its tip, lateral of the neck.
    path(
      capsule(
        onShaft(0.02 * H, SHAFT_HALF.top * H * 0.4),
        { x: G.x - 0.004 * H, y: G.y - 0.003 * H },
        SHAFT_HALF.top * H * 1.05,
        0.006 * H,
      ),
    ),
    // Lesser trochanter, medial below the neck.
    path(ellipse(lesser, 0.006 * H, 0.008 * H, 8)),
    // Head.
    path(ellipse({ x: 0, y: 0 }, r, r, 16)),
  ];
}

/** The tibia, fibula and heel bone in the shank frame (origin at the knee, y up), `len` long as drawn, mirrored by `sign`. */
function shankShapes(
  len: number,
  H: number,
  sign: 1 | -1,
  frame: ScreenFrame,
): { tibia: string[]; fibula: string } {
  const local = partFrame(frame);
  const m = (pts: Vec2[]) => pts.map((p) => ({ x: sign * p.x, y: p.y }));
  const plateau = [
    { x: -0.022 * H, y: -0.012 * H },
    { x: 0.022 * H, y: -0.012 * H },
    { x: 0.02 * H, y: -0.03 * H },
    { x: 0.009 * H, y: -0.055 * H },
    { x: -0.009 * H, y: -0.055 * H },
    { x: -0.02 * H, y: -0.03 * H },
  ];
  const down = (f: number) => -f * len;
  return {
    tibia: [
      pathOf(local, m(plateau), 'smooth'),
      pathOf(
        local,
        m(
          band(
            { x: -0.001 * H, y: -0.04 * H },
            { x: -0.003 * H, y: down(0.93) },
            0.0085 * H,
            0.0095 * H,
          ),
        ),
        'closed',
      ),
      // Medial malleolus and the heel bone below the ankle.
      pathOf(
        local,
        m(ellipse({ x: -0.006 * H, y: down(1) + 0.004 * H }, 0.012 * H, 0.009 * H, 10)),
        'smooth',
      ),
      pathOf(
        local,
        m(
          capsule(
            { x: 0, y: down(1) - 0.006 * H },
            { x: 0, y: down(1) - 0.03 * H },
            0.011 * H,
            0.012 * H,
          ),
        ),
        'smooth',
      ),
    ],
    fibula: pathOf(
      local,
      m(
        capsule(
          { x: 0.018 * H, y: -0.03 * H },
          { x: 0.016 * H, y: down(1) + 0.002 * H },
          0.005 * H,
          0.0055 * H,
        ),
      ),
      'smooth',
    ),
  };
}

/**
 * The femur's head, neck and greater trochanter as a dashed outline, drawn over the muscles of a
 * close-up so the neck-shaft angle reads through them. `sign` is +1 for the right leg, −1 for the
 * left.
 */
export function femurSeenThrough(
  leg: LegFigure,
  sign: 1 | -1,
  headRadiusM: number,
  frame: ScreenFrame,
  t: Theme,
  heightM: number,
): SvgNode {
  return el('path', {
    d: femurPaths(leg, sign, headRadiusM, frame, heightM).seen,
    transform: placed(frame, leg.hip, leg.femurAngleRad),
    fill: 'none',
    stroke: t.boneEdge,
    'stroke-width': 1.2 * t.lineScale,
    'stroke-dasharray': '4 3',
    'pointer-events': 'none',
    'aria-label': 'Femoral head and neck (behind the muscles)',
  });
}

/** The femur's shapes for `leg`, and its head, neck and trochanter as one, built once per femur and scale. */
function femurPaths(
  leg: LegFigure,
  sign: 1 | -1,
  headRadiusM: number,
  frame: ScreenFrame,
  heightM: number,
): { parts: string[]; seen: string } {
  const f = leg.femur;
  const thigh = Math.hypot(leg.knee.x - leg.hip.x, leg.knee.y - leg.hip.y);
  return cached(
    `femur:${sign}:${keyOf(f.neckJunction.x)}:${keyOf(f.neckJunction.y)}:${keyOf(f.greaterTrochanter.x)}:${keyOf(f.greaterTrochanter.y)}:${keyOf(thigh)}:${heightM}:${headRadiusM}:${frame.pxPerM}`,
    () => {
      const parts = femurShapes(leg, heightM, headRadiusM, sign, frame);
      return { parts, seen: [parts[3], parts[4], parts[6]].join('') };
    },
  );
}

/** One leg's bones. `sign` is +1 for the right leg, −1 for the left. */
export function legNode(
  leg: LegFigure,
  sign: 1 | -1,
  headRadiusM: number,
  frame: ScreenFrame,
  t: Theme,
  name: string,
  heightM: number,
): SvgNode {
  const edge = 0.8 * t.lineScale;
  const shankLen = stepped(Math.hypot(leg.ankle.x - leg.knee.x, leg.ankle.y - leg.knee.y));
  const px = frame.pxPerM;
  const femur = femurPaths(leg, sign, headRadiusM, frame, heightM).parts;
  const shank = cached(`shank:${sign}:${shankLen.toFixed(4)}:${heightM}:${px}`, () =>
    shankShapes(shankLen, heightM, sign, frame),
  );
  const femurAt = placed(frame, leg.hip, leg.femurAngleRad);
  const shankAt = placed(frame, leg.knee, leg.shankAngleRad);
  return el('g', { class: `leg leg-${name.toLowerCase()}`, 'data-stance': leg.stance.toFixed(2) }, [
    union([{ d: shank.fibula, transform: shankAt }], t.bone, t.boneEdge, edge, {
      'aria-label': `${name} fibula`,
    }),
    union(
      shank.tibia.map((d) => ({ d, transform: shankAt })),
      t.bone,
      t.boneEdge,
      edge,
      { 'aria-label': `${name} tibia` },
    ),
    union(
      femur.map((d) => ({ d, transform: femurAt })),
      t.bone,
      t.boneEdge,
      edge,
      { 'aria-label': `${name} femur`, class: 'femur' },
    ),
  ]);
}
