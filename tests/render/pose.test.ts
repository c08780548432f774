import { gaitFigure, stanceFigure, type FigurePose } from '../../src/render/figure/pose/index.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE, sampleGait, solveStance, type Vec2 } from '../../sim/index.ts';
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
        if (name.startsWith('.muscles')) continue;
        const q = b.get(name)!;
        expect(q.x, name).toBeCloseTo(-p.x, 12);
        expect(q.y, name).toBeCloseTo(p.y, 12);
      }
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
