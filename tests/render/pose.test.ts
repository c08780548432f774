import { gaitFigure, stanceFigure, type FigurePose } from '../../src/render/figure/pose/index.ts';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STANCE,
  LANDMARK_HEIGHT_FRACTIONS,
  LUMBAR_LATERAL_FLEXION_RANGE_RAD,
  sampleGait,
  solveStance,
  type Vec2,
} from '../../sim/index.ts';
import { gaitOf, preset } from './fixtures.ts';

const palsy = preset('sgn-palsy-complete');

/** Every point of a pose, by path. */
function points(value: unknown, path = ''): [string, Vec2][] {
  if (value && typeof value === 'object' && 'x' in value && 'y' in value)
    return [[path, value as Vec2]];
  if (Array.isArray(value)) return value.flatMap((v, i) => points(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => points(v, `${path}.${k}`));
  return [];
}

/** The pose with left and right names swapped (what a mirror image must equal). */
function swapSides(p: FigurePose): unknown {
  return {
    ...p,
    right: p.left,
    left: p.right,
    pelvis: { ...p.pelvis, rightCrest: p.pelvis.leftCrest, leftCrest: p.pelvis.rightCrest },
    trunk: {
      ...p.trunk,
      rightShoulder: p.trunk.leftShoulder,
      leftShoulder: p.trunk.rightShoulder,
      rightHand: p.trunk.leftHand,
      leftHand: p.trunk.rightHand,
      rightArm: p.trunk.leftArm,
      leftArm: p.trunk.rightArm,
    },
    muscles: p.muscles.map((m, i) => ({ ...m, i })),
  };
}

describe('the single-leg-stance figure', () => {
  it('of a left stance is the mirror image of the right stance', () => {
    for (const input of [
      DEFAULT_STANCE,
      palsy,
      { ...palsy, compensation: 'trunk-lean' as const },
    ]) {
      const right = stanceFigure(solveStance({ ...input, stanceSide: 'right' }));
      const left = stanceFigure(solveStance({ ...input, stanceSide: 'left' }));
      const a = points(right.pose);
      const b = new Map(points(swapSides(left.pose)));
      for (const [name, p] of a) {
        // Muscles are matched by side below; a femur's own shape is drawn mirrored, not stored so.
        if (name.startsWith('.muscles') || name.includes('.femur.')) continue;
        const q = b.get(name)!;
        expect(q.x, name).toBeCloseTo(-p.x, 12);
        expect(q.y, name).toBeCloseTo(p.y, 12);
      }
      const l = swapSides(left.pose) as FigurePose;
      for (const side of ['right', 'left'] as const) {
        expect(l[side].femurAngleRad).toBeCloseTo(-right.pose[side].femurAngleRad, 12);
        expect(l[side].shankAngleRad).toBeCloseTo(-right.pose[side].shankAngleRad, 12);
        expect(l[side].femur).toEqual(right.pose[side].femur);
      }
      expect(left.pose.trunk.spineBendRad).toBeCloseTo(-right.pose.trunk.spineBendRad, 12);
      expect(left.overlays.hip.x).toBeCloseTo(-right.overlays.hip.x, 12);
      expect(left.overlays.abductor.direction.x).toBeCloseTo(
        -right.overlays.abductor.direction.x,
        12,
      );
    }
  });

  it('stands the healthy pelvis level and tilts it down on the swing side in palsy', () => {
    const healthy = stanceFigure(solveStance(DEFAULT_STANCE)).pose;
    expect(healthy.left.hip.y).toBeCloseTo(healthy.right.hip.y, 12);
    const p = stanceFigure(solveStance(palsy)).pose;
    expect(p.left.hip.y).toBeLessThan(p.right.hip.y - 0.03);
    expect(p.pelvis.leftCrest.y).toBeLessThan(p.pelvis.rightCrest.y - 0.05);
  });

  it('puts the stance foot on the floor at the origin and lifts the other', () => {
    const p = stanceFigure(solveStance(DEFAULT_STANCE)).pose;
    expect(p.right.ankle.x).toBeCloseTo(0, 12);
    expect(p.right.ankle.y).toBeCloseTo(0.039 * DEFAULT_STANCE.heightM, 12);
    expect(p.left.ankle.y).toBeGreaterThan(p.right.ankle.y + 0.1);
  });

  it('draws each abductor from the ilium above the hip down to the trochanter', () => {
    const p = stanceFigure(solveStance(DEFAULT_STANCE)).pose;
    const gluteal = ['gmed', 'gmin'];
    for (const m of p.muscles.filter((x) => x.side === 'right' && gluteal.includes(x.group))) {
      expect(m.origin.y).toBeGreaterThan(m.insertion.y);
      expect(m.insertion.x).toBeGreaterThan(p.right.hip.x);
    }
  });

  it('draws the abductor resultant at its true lever arm from the hip centre', () => {
    const r = solveStance(DEFAULT_STANCE);
    const o = stanceFigure(r).overlays;
    const moment = r.muscles.reduce((s, m) => s + m.forceN * m.momentArmM, 0);
    expect(o.abductorMomentArmM).toBeCloseTo(moment / r.abductorForceN, 9);
    const d = { x: o.abductorArmFoot.x - o.hip.x, y: o.abductorArmFoot.y - o.hip.y };
    expect(d.x * o.abductor.direction.x + d.y * o.abductor.direction.y).toBeCloseTo(0, 9);
    expect(o.weightMomentArmM).toBeCloseTo(r.bodyWeightMomentArmM, 9);
  });

  it('draws a cane pushing the hand up on the chosen side', () => {
    const o = stanceFigure(solveStance({ ...DEFAULT_STANCE, caneFractionBW: 0.1 })).overlays;
    expect(o.cane!.hand.x).toBeLessThan(o.hip.x);
    expect(o.cane!.forceN).toBeCloseTo(0.1 * 73 * 9.81, 9);
  });
});

describe('the gait figure', () => {
  const g = gaitOf(palsy);

  it('keeps the loaded foot on its footprint and lifts the swinging one', () => {
    const p = gaitFigure(g, sampleGait(g, 0.3));
    expect(p.right.ankle.y).toBeCloseTo(0.039 * DEFAULT_STANCE.heightM, 9);
    expect(p.left.ankle.y).toBeGreaterThan(p.right.ankle.y + 0.05);
    const q = gaitFigure(g, sampleGait(g, 0.8));
    expect(q.left.ankle.y).toBeCloseTo(0.039 * DEFAULT_STANCE.heightM, 9);
  });

  it('tilts the pelvis by the sampled obliquity', () => {
    const s = sampleGait(g, 0.3);
    const p = gaitFigure(g, s);
    const angle = Math.atan2(p.right.hip.y - p.left.hip.y, p.right.hip.x - p.left.hip.x);
    expect(angle).toBeCloseTo(s.pelvicObliquityRad, 9);
  });
});

describe('the spine and the arms', () => {
  it('bends the lumbar spine by the lean and the drop together, as the model does', () => {
    const r = solveStance({ ...palsy, compensation: 'trunk-lean' });
    const p = stanceFigure(r).pose;
    expect(Math.abs(p.trunk.spineBendRad)).toBeCloseTo(r.spineBendRad, 12);
    expect(p.trunk.spineBendRad).toBeCloseTo(p.trunk.angleRad - p.pelvis.angleRad, 12);
  });

  it('never draws the spine bent beyond its lateral range', () => {
    const g = gaitOf(palsy);
    const s = sampleGait(g, 0.3);
    for (const lean of [-1.2, -0.6, 0.6, 1.2]) {
      const p = gaitFigure(g, { ...s, trunkLeanRad: lean });
      expect(Math.abs(p.trunk.spineBendRad)).toBeLessThanOrEqual(
        LUMBAR_LATERAL_FLEXION_RANGE_RAD + 1e-12,
      );
    }
  });

  it('hangs a free arm beside the trunk, not through it, when the trunk leans away', () => {
    const p = stanceFigure(solveStance({ ...palsy, compensation: 'trunk-lean' })).pose;
    const hipHalfWidthM = (LANDMARK_HEIGHT_FRACTIONS.hipWidth / 2) * DEFAULT_STANCE.heightM;
    // The trunk leans right (onto the stance hip): the left arm rests against the left hip.
    expect(p.pelvis.centre.x - p.trunk.leftHand.x).toBeGreaterThan(hipHalfWidthM);
    expect(p.trunk.rightHand.x - p.pelvis.centre.x).toBeGreaterThan(hipHalfWidthM);
  });
});

describe('the feet in gait', () => {
  const g = gaitOf(palsy);
  const floor = LANDMARK_HEIGHT_FRACTIONS.ankleHeight * DEFAULT_STANCE.heightM;
  const e = g.input.events;
  const inStance = (f: number) => f - Math.floor(f) < e.footOff;

  it('keeps each foot on its footprint, on the floor, through its whole stance phase', () => {
    const footprints = new Map<string, number>();
    for (let i = 0; i <= 100; i++) {
      const t = i / 100;
      const p = gaitFigure(g, sampleGait(g, t));
      for (const [side, own] of [
        ['right', t],
        ['left', t - 0.5],
      ] as const) {
        if (!inStance(own)) continue;
        const ankle = p[side].ankle;
        expect(ankle.y, `${side} ankle at ${t}`).toBeCloseTo(floor, 9);
        const x = footprints.get(side) ?? ankle.x;
        footprints.set(side, x);
        expect(ankle.x, `${side} footprint at ${t}`).toBeCloseTo(x, 9);
      }
    }
  });

  it('puts both feet on the floor at initial contact and lifts the swinging one in mid-swing', () => {
    const start = gaitFigure(g, sampleGait(g, 0));
    expect(start.right.ankle.y).toBeCloseTo(floor, 9);
    expect(start.left.ankle.y).toBeCloseTo(floor, 9);
    const swing = gaitFigure(g, sampleGait(g, 0.3));
    expect(swing.left.ankle.y).toBeGreaterThan(floor + 0.05);
  });
});
