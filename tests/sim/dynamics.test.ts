import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_STANCE, solveStance, type StanceInput } from '../../sim/index.ts';
import { accelerations, kineticEnergyJ } from '../../sim/dynamics/frontalBody.ts';
import { frontalInertia } from '../../sim/dynamics/inertia.ts';
import { nerveBlock } from '../../sim/dynamics/nerveBlock.ts';
import { standingRun } from '../../sim/dynamics/run.ts';
import {
  COURSE_INTEGRATION_STEP_S,
  COURSE_STEP_S,
  singleSupportDrop,
} from '../../sim/dynamics/singleSupport.ts';
import { S, stepStanding } from '../../sim/dynamics/standing.ts';
import { anthropometry } from '../../sim/anthropometry.ts';
import { bodyGeometry } from '../../sim/body.ts';
import { pelvisShape } from '../../sim/pelvisShape.ts';

const DEG = Math.PI / 180;
const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;

describe('the frontal-plane body', () => {
  const body = anthropometry(73, 1.76, 'male');
  const inertia = frontalInertia(body, bodyGeometry(body, pelvisShape(1.76).halfHipWidthM), 'male');

  it('has plausible inertias (de Leva 1996): a few kg·m² about the hip, about 1 kg·m² for the upper body', () => {
    expect(inertia.lowerInertiaAtHipKgM2).toBeGreaterThan(0.5);
    expect(inertia.lowerInertiaAtHipKgM2).toBeLessThan(5);
    expect(inertia.upperInertiaKgM2).toBeGreaterThan(0.5);
    expect(inertia.upperInertiaKgM2).toBeLessThan(2.5);
  });

  it('conserves energy when swinging freely under gravity (RK4 at the model step, 1 ms)', () => {
    // Hanging down (stable), so it swings rather than falls: turn both bodies by π.
    const g = 9.81;
    const potential = (d: number, p: number) => {
      const c = inertia.lowerCom;
      const a = inertia.lumbosacral;
      const y1 = c.x * Math.sin(d) + c.y * Math.cos(d);
      const ya = a.x * Math.sin(d) + a.y * Math.cos(d);
      const y2 = ya + inertia.upperComFromLumbosacralM * Math.cos(p);
      return g * (inertia.lowerMassKg * y1 + inertia.upperMassKg * y2);
    };
    const forces = (d: number, p: number): [number, number] => {
      const h = 1e-6;
      return [
        -(potential(d + h, p) - potential(d - h, p)) / (2 * h),
        -(potential(d, p + h) - potential(d, p - h)) / (2 * h),
      ];
    };
    let y = [Math.PI + 0.3, 0, Math.PI - 0.2, 0];
    const f = (s: number[]) => {
      const [q1, q2] = forces(s[0]!, s[2]!);
      const [a1, a2] = accelerations(inertia, s[0]!, s[2]!, s[1]!, s[3]!, q1, q2);
      return [s[1]!, a1, s[3]!, a2];
    };
    const energy = (s: number[]) =>
      kineticEnergyJ(inertia, s[0]!, s[2]!, s[1]!, s[3]!) + potential(s[0]!, s[2]!);
    const e0 = energy(y);
    const h = 0.001;
    for (let i = 0; i < 2000; i++) {
      const k1 = f(y);
      const k2 = f(y.map((v, j) => v + 0.5 * h * k1[j]!));
      const k3 = f(y.map((v, j) => v + 0.5 * h * k2[j]!));
      const k4 = f(y.map((v, j) => v + h * k3[j]!));
      y = y.map((v, j) => v + (h / 6) * (k1[j]! + 2 * k2[j]! + 2 * k3[j]! + k4[j]!));
    }
    expect(Math.abs(energy(y) - e0) / Math.abs(e0)).toBeLessThan(1e-6);
  });
});

describe('a sudden superior gluteal nerve block', () => {
  const end = (input: StanceInput, duration = 2) => nerveBlock(input, duration, 11).at(-1)!;

  it('rests where the statics stand when nothing is blocked (the dynamics rest state is the static solution)', () => {
    for (const compensation of ['none', 'trunk-lean', 'auto'] as const) {
      const input = { ...DEFAULT_STANCE, compensation, caneFractionBW: 0.1 };
      const run = nerveBlock(input, 1, 11);
      const r = solveStance(input);
      for (const s of run) {
        expect(s.pelvicDropRad).toBeCloseTo(r.pelvicDropRad, 9);
        expect(s.trunkLeanRad).toBeCloseTo(r.trunkLeanRad, 9);
        expect(s.hipContactForceN / r.hipContactForceN).toBeCloseTo(1, 6);
      }
    }
  });

  it('starts level, falls to the static drop of the palsy, and never passes the end of range', () => {
    const run = nerveBlock(palsy, 2, 201);
    expect(run[0]!.pelvicDropRad).toBe(0);
    const r = solveStance(palsy);
    expect(Math.abs(run.at(-1)!.pelvicDropRad - r.pelvicDropRad)).toBeLessThan(0.5 * DEG);
    for (const s of run) expect(s.pelvicDropRad).toBeLessThan(25 * DEG);
  });

  it('settles exactly on the static solution of every compensation', () => {
    for (const compensation of ['none', 'trunk-lean', 'auto'] as const) {
      const input = { ...palsy, compensation };
      const s = end(input, 8);
      const r = solveStance(input);
      expect(s.pelvicDropRad / DEG).toBeCloseTo(r.pelvicDropRad / DEG, 1);
      expect(s.trunkLeanRad / DEG).toBeCloseTo(r.trunkLeanRad / DEG, 1);
      expect(s.hipContactForceN / r.hipContactForceN).toBeCloseTo(1, 2);
    }
  });

  it('leans only after the reaction delay (100 ms)', () => {
    const run = nerveBlock({ ...palsy, compensation: 'trunk-lean' }, 0.3, 31);
    const at = (t: number) => run.find((s) => Math.abs(s.timeS - t) < 1e-9)!;
    expect(Math.abs(at(0.09).trunkLeanRad)).toBeLessThan(1 * DEG);
    expect(at(0.3).trunkLeanRad).toBeGreaterThan(3 * DEG);
  });

  it('drops less after a partial block than after a complete one', () => {
    const partial = end(applyPreset(DEFAULT_STANCE, 'sgn-palsy-partial')!);
    const complete = end(palsy);
    expect(partial.pelvicDropRad).toBeLessThan(complete.pelvicDropRad);
  });

  it('converges with the step: halving it changes the course by less than 0.01°', () => {
    const a = nerveBlock(palsy, 1, 11, 0.001);
    const b = nerveBlock(palsy, 1, 11, 0.0005);
    for (let i = 0; i < a.length; i++)
      expect(Math.abs(a[i]!.pelvicDropRad - b[i]!.pelvicDropRad)).toBeLessThan(0.01 * DEG);
  });
});

describe('the drop in single support (gait)', () => {
  /** The course at 5-ms samples with internal steps of `stepS`. */
  function course(input: StanceInput, stepS: number): number[] {
    const lean = solveStance(input).trunkLeanRad;
    const { setup, state } = standingRun(input, input, {
      start: { dropRad: 0, leanRad: lean },
      endLeanRad: lean,
      stepS,
    });
    const out: number[] = [];
    let s = state;
    for (let i = 0; i <= 120; i++) {
      if (i > 0) s = stepStanding(setup, s, COURSE_STEP_S);
      out.push(Math.max(0, s.y[S.Drop]!));
    }
    return out;
  }

  it('agrees within 0.05° with 1-ms steps at its coarser integration step, for weak hips, every compensation and cane', () => {
    for (const k of [0, 0.25])
      for (const compensation of ['none', 'trunk-lean', 'auto'] as const)
        for (const caneHand of ['contralateral', 'ipsilateral'] as const) {
          const input: StanceInput = {
            ...palsy,
            compensation,
            caneFractionBW: 0.15,
            caneHand,
            strength: { ...palsy.strength, gmed: k, gmin: k, tfl: k },
          };
          const fine = course(input, 0.001);
          const used = course(input, COURSE_INTEGRATION_STEP_S);
          const coarse = singleSupportDrop(input, 0.6);
          fine.forEach((v, i) => {
            expect(Math.abs(v - used[i]!)).toBeLessThan(0.05 * DEG);
            expect(coarse[i]).toBe(used[i]);
          });
        }
  });
});
