/**
 * Equations of motion of the frontal-plane body: two rigid bodies in a chain (Lagrange).
 *
 * - Body 1: pelvis and swing leg, turning about the stance hip centre by the pelvic drop δ
 *   (counter-clockwise, sim/frame.ts); the stance hip is held still.
 * - Body 2: the upper body, turning about the lumbosacral joint (a point of body 1); ψ is its
 *   angle from vertical, counter-clockwise, so the trunk lean λ = −ψ and the spine bends β = δ − ψ.
 *
 * With a the lumbosacral joint from the hip (pelvis frame, at angle α = δ + α₀ in the lab) and d
 * the upper body's centre of mass from it, the kinetic energy gives the mass matrix
 *
 *   M₁₁ = I₁ + m₂|a|²,  M₂₂ = I₂ + m₂d²,  M₁₂ = m₂|a|d·sin(α − ψ),
 *
 * and the equations M·q̈ + c = Q with c₁ = −m₂|a|d·cos(α − ψ)·ψ̇², c₂ = m₂|a|d·cos(α − ψ)·δ̇²
 * (the double pendulum with an offset pivot; e.g. Greenwood DT (2003) Advanced Dynamics, ch. 2).
 * Q holds the generalized forces: gravity and hand loads (sim/body.ts gives their moment about the
 * hip and about the lumbosacral joint), the internal hip moment and the lumbosacral torque.
 */
import type { FrontalInertia } from './inertia.ts';

/**
 * The mass matrix M at drop δ and trunk angle ψ (kg·m², the equations in this file's header), and
 * k·cos(α − ψ) with k = m₂|a|d, the factor of its velocity terms c.
 */
function massMatrix(
  inertia: FrontalInertia,
  dropRad: number,
  trunkAngleRad: number,
): { m11: number; m22: number; m12: number; cc: number } {
  const a = inertia.lumbosacral;
  const la = Math.hypot(a.x, a.y);
  const alpha = dropRad + Math.atan2(a.y, a.x);
  const m2 = inertia.upperMassKg;
  const d = inertia.upperComFromLumbosacralM;
  const k = m2 * la * d;
  return {
    m11: inertia.lowerInertiaAtHipKgM2 + m2 * la * la,
    m22: inertia.upperInertiaKgM2 + m2 * d * d,
    m12: k * Math.sin(alpha - trunkAngleRad),
    cc: k * Math.cos(alpha - trunkAngleRad),
  };
}

/** Angular accelerations [δ̈, ψ̈], rad/s². */
export function accelerations(
  inertia: FrontalInertia,
  dropRad: number,
  trunkAngleRad: number,
  dropRate: number,
  trunkRate: number,
  q1: number,
  q2: number,
): [number, number] {
  const { m11, m22, m12, cc } = massMatrix(inertia, dropRad, trunkAngleRad);
  const r1 = q1 + cc * trunkRate * trunkRate;
  const r2 = q2 - cc * dropRate * dropRate;
  const det = m11 * m22 - m12 * m12;
  return [(m22 * r1 - m12 * r2) / det, (m11 * r2 - m12 * r1) / det];
}

/** Kinetic energy of the two bodies, J (for the integrator's energy test). */
export function kineticEnergyJ(
  inertia: FrontalInertia,
  dropRad: number,
  trunkAngleRad: number,
  dropRate: number,
  trunkRate: number,
): number {
  const { m11, m22, m12 } = massMatrix(inertia, dropRad, trunkAngleRad);
  return (
    0.5 * m11 * dropRate * dropRate + m12 * dropRate * trunkRate + 0.5 * m22 * trunkRate * trunkRate
  );
}

/** Effective inertias of the two coordinates at rest (the diagonal of M), kg·m². */
export function diagonalInertia(inertia: FrontalInertia): [number, number] {
  const a = inertia.lumbosacral;
  const m2 = inertia.upperMassKg;
  const d = inertia.upperComFromLumbosacralM;
  return [
    inertia.lowerInertiaAtHipKgM2 + m2 * (a.x * a.x + a.y * a.y),
    inertia.upperInertiaKgM2 + m2 * d * d,
  ];
}
