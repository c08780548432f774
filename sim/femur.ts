/**
 * Frontal-plane geometry of the proximal femur: neck-shaft angle and femoral offset.
 *
 * Femur frame (frontal projection of the OpenSim femur frame, sim/frame.ts axes): origin at the
 * centre of the femoral head H, X lateral, Y up, mechanical axis vertical (knee centre K straight
 * below H) when the hip is in neutral ab/adduction. The neck axis runs from H to the neck-shaft
 * junction N; the shaft axis from N to K. The neck-shaft angle α is the angle H-N-K.
 */

/** Reference neck-shaft angle of the generic model, rad (130°: normal adults 125-135°, means 129° and 133° in two large series). */
export const REFERENCE_NECK_SHAFT_RAD = (130 * Math.PI) / 180;

/** Reference femoral offset (head centre to shaft axis), m, at the reference height: 42 mm (normal 40-44 mm). */
export const REFERENCE_FEMORAL_OFFSET_M = 0.042;

/** The proximal femur of one body. */
export interface FemurGeometry {
  /** Neck-shaft angle α, rad. */
  readonly neckShaftRad: number;
  /** Length of the neck axis from head centre to the neck-shaft junction, m. */
  readonly neckLengthM: number;
  /** Hip-centre-to-knee-centre length, m. */
  readonly thighLengthM: number;
  /** Neck-shaft junction N in the femur frame, m. */
  readonly neckJunction: { readonly x: number; readonly y: number };
  /** Femoral offset: perpendicular distance from the head centre to the shaft axis, m. */
  readonly offsetM: number;
}

/**
 * Solves the triangle head-junction-knee for the neck-shaft junction.
 * With |HN| = ℓ, |HK| = L and angle HNK = α, the law of sines gives the angle at K,
 * κ = asin(ℓ sin α / L), and |KN| = L sin(π − α − κ) / sin α; N lies at angle κ lateral of the
 * line K→H.
 * @param neckShaftRad α, rad, in (π/2, π)
 * @param neckLengthM ℓ, m
 * @param thighLengthM L, m
 */
export function femurGeometry(
  neckShaftRad: number,
  neckLengthM: number,
  thighLengthM: number,
): FemurGeometry {
  const sinA = Math.sin(neckShaftRad);
  const kappa = Math.asin((neckLengthM * sinA) / thighLengthM);
  const kn = (thighLengthM * Math.sin(Math.PI - neckShaftRad - kappa)) / sinA;
  return {
    neckShaftRad,
    neckLengthM,
    thighLengthM,
    neckJunction: { x: kn * Math.sin(kappa), y: -thighLengthM + kn * Math.cos(kappa) },
    offsetM: neckLengthM * sinA,
  };
}

/** Neck length that gives the reference offset at the reference angle, scaled by `scale` (height / reference height). */
export function referenceNeckLengthM(scale: number): number {
  return (REFERENCE_FEMORAL_OFFSET_M * scale) / Math.sin(REFERENCE_NECK_SHAFT_RAD);
}
