/**
 * The drawn outline of the pelvis, seen from behind, m, for a half hip width of
 * {@link REFERENCE_HALF_HIP_WIDTH_M} (origin: the pelvis centre; the right hip centre at
 * (0.08, 0)). Proportions after Dostal WF, Andrews JG (1981) J Biomech 14:803-812: iliac crests
 * 28.6 cm apart, hip centres 16.9 cm apart. Drawing only: the model's pelvis is sim/pelvisShape.ts.
 */
import type { Vec2 } from '../../../sim/index.ts';

/** Half the distance between the hip centres that the outlines are drawn for, m. */
export const REFERENCE_HALF_HIP_WIDTH_M = 0.08;

/**
 * The right hip bone: posterior superior iliac spine, iliac crest, the lateral ilium, the
 * acetabular rim around the femoral head, ischium and ischial tuberosity, the inferior ramus to
 * the pubic symphysis, the superior ramus, and the greater sciatic notch back up.
 */
export const HIP_BONE: readonly Vec2[] = [
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
export const OBTURATOR = { x: 0.058, y: -0.057, rx: 0.017, ry: 0.013 } as const;

/** The right half of the sacrum and coccyx, from the top of the midline down to the coccyx. */
const SACRUM_RIGHT: readonly Vec2[] = [
  { x: 0, y: 0.112 },
  { x: 0.046, y: 0.104 },
  { x: 0.043, y: 0.07 },
  { x: 0.036, y: 0.035 },
  { x: 0.025, y: 0.0 },
  { x: 0.012, y: -0.03 },
  { x: 0.004, y: -0.052 },
];

const mirror = (p: Vec2): Vec2 => ({ x: -p.x, y: p.y });

/**
 * The sacrum and coccyx, symmetric about the midline: alae at the top, tapering to the coccyx
 * below the hip line; the outline starts at the left ala and runs clockwise as seen.
 */
export const SACRUM: readonly Vec2[] = [
  mirror(SACRUM_RIGHT[1]!),
  ...SACRUM_RIGHT,
  ...SACRUM_RIGHT.slice(2).reverse().map(mirror),
];
