/**
 * Physical and anatomical constants: every one with its unit and its source.
 * Nothing else in sim/ writes a bare physical number.
 */

const DEG = Math.PI / 180;

/** Gravitational acceleration, m/s². DOMAIN convention: BW = body mass × 9.81 m/s². */
export const GRAVITY_M_PER_S2 = 9.81;

/** Thelen 2003 active force-length width γ (dimensionless). Thelen DG (2003) J Biomech Eng 125:70-77, eq. 3. */
export const THELEN_GAMMA = 0.45;

/** Thelen 2003 passive exponential shape factor k_PE (dimensionless), young adults. Thelen 2003, eq. 2. */
export const THELEN_K_PE = 5;

/** Thelen 2003 passive strain at one maximal isometric force ε₀ᴹ (dimensionless), young adults. Thelen 2003, eq. 2. */
export const THELEN_STRAIN_AT_F0 = 0.6;

/**
 * Exponent p of the static-optimisation cost Σ aᵖ (dimensionless).
 * Crowninshield RD, Brand RA (1981) J Biomech 14:793-801 (sum of cubed muscle stresses, which is
 * the sum of cubed activations when all parts share one specific tension).
 */
export const EFFORT_EXPONENT = 3;

/** End of the hip abduction range, rad: 45° (AAOS 1965, Joint Motion: Method of Measuring and Recording). */
export const HIP_ABDUCTION_LIMIT_RAD = 45 * DEG;

/**
 * Passive ligament (capsule) moment at the end of range, N·m. van Arkel RJ et al. (2015)
 * J Biomech 48:3803-3809 define the end of a hip range of motion as the angle where the passive
 * moment reaches 5 N·m.
 */
export const LIGAMENT_MOMENT_AT_LIMIT_NM = 5;

/**
 * Exponential stiffness of the hip ab/adduction limit moment, 1/rad.
 * Anderson FC (1999) PhD thesis, University of Texas at Austin, Table G.2 (hip adduction: 14.94).
 */
export const LIGAMENT_STIFFNESS_PER_RAD = 14.94;

/**
 * Largest lateral trunk lean, rad: 50°. Model assumption: thoracolumbar lateral flexion to one
 * side in adults (lumbar lateral flexion alone is about 30° in young adults: Fitzgerald GK et al.
 * (1983) Phys Ther 63:1776-1781; the thoracic spine adds about as much again).
 */
export const TRUNK_LEAN_LIMIT_RAD = 50 * DEG;

/**
 * Largest lean a person adopts on their own before they also let the pelvis drop, rad (used by
 * the `auto` compensation). 15°: the upper end of the lateral trunk lean seen in the stance
 * phase of patients with abductor weakness (Duchenne limp). Model assumption; see doc/model.md.
 */
export const COMFORTABLE_LEAN_RAD = 15 * DEG;

/**
 * Drop of the unsupported iliac crest that makes the Trendelenburg sign positive, m
 * (Hardcastle P, Nade S (1985) J Bone Joint Surg Br 67:741-746; clinical texts quote > 2 cm).
 */
export const TRENDELENBURG_CREST_DROP_M = 0.02;

/** Lean that counts as a visible compensation, rad (1°; below it the sign reads negative). */
export const VISIBLE_LEAN_RAD = 1 * DEG;

/** Conversion factor: radians per degree (for the formatting layer and input parsing only). */
export const RAD_PER_DEG = DEG;
