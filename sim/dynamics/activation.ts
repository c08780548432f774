/**
 * First-order activation dynamics of muscle (Thelen DG (2003) J Biomech Eng 125:70-77, eq. 1-2, as
 * in OpenSim's Thelen2003Muscle): da/dt = (u − a)/τ, with
 * τ = τ_act·(0.5 + 1.5a) while the excitation u exceeds the activation a, and
 * τ = τ_deact/(0.5 + 1.5a) while it is below.
 */
import data from '../../data/dynamics.json' with { type: 'json' };

/** Activation time constant τ_act, s. */
export const ACTIVATION_TIME_CONSTANT_S = data.activationTimeConstantS;
/** Deactivation time constant τ_deact, s. */
export const DEACTIVATION_TIME_CONSTANT_S = data.deactivationTimeConstantS;

/** Rate of change of activation, 1/s. */
export function activationRate(excitation: number, activation: number): number {
  const tau =
    excitation > activation
      ? ACTIVATION_TIME_CONSTANT_S * (0.5 + 1.5 * activation)
      : DEACTIVATION_TIME_CONSTANT_S / (0.5 + 1.5 * activation);
  return (excitation - activation) / tau;
}
