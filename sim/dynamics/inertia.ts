/**
 * Masses and moments of inertia of the two bodies of the frontal-plane dynamics, from the
 * anthropometry (sim/anthropometry.ts) and de Leva's radii of gyration about the antero-posterior
 * axis (data/anthropometry.json: de Leva P (1996) J Biomech 29:1223-1230, Table 4):
 *
 * - the pelvis with the swing leg it carries, turning about the stance hip centre;
 * - the upper body (head, arms, trunk above the lumbosacral joint), turning about that joint.
 *
 * I = Σ m·(k·L)² about each segment's centre, moved by the parallel-axis theorem (I + m·d²).
 */
import table from '../../data/anthropometry.json' with { type: 'json' };
import type { Anthropometry, Sex } from '../anthropometry.ts';
import type { BodyGeometry } from '../body.ts';
import type { Vec2 } from '../frame.ts';

/** The two bodies, stance frame (origin at the stance hip centre, pelvis level). */
export interface FrontalInertia {
  /** Pelvis and swing leg: mass, kg. */
  readonly lowerMassKg: number;
  /** Their centre of mass relative to the stance hip, pelvis frame, m. */
  readonly lowerCom: Vec2;
  /** Their moment of inertia about the stance hip, kg·m². */
  readonly lowerInertiaAtHipKgM2: number;
  /** Lumbosacral joint relative to the stance hip, pelvis frame, m. */
  readonly lumbosacral: Vec2;
  /** Upper body: mass, kg. */
  readonly upperMassKg: number;
  /** Distance of its centre of mass from the lumbosacral joint along the trunk, m. */
  readonly upperComFromLumbosacralM: number;
  /** Its moment of inertia about its own centre of mass, kg·m². */
  readonly upperInertiaKgM2: number;
}

/** Frontal-plane inertia of a body. */
export function frontalInertia(body: Anthropometry, geo: BodyGeometry, sex: Sex): FrontalInertia {
  const r = table.deLevaFrontalInertia[sex];
  const leva = sex === 'male' ? table.deLevaMale : table.deLevaFemale;
  const scale = body.heightM / r.referenceHeightM;
  const h = geo.halfHipWidthM;

  // Pelvis: de Leva's lower trunk (omphalion to hip centres).
  const pelvisK = r.lowerTrunk.radius * r.lowerTrunk.lengthM * scale;
  const pelvisCom = { x: -h, y: geo.pelvisComHeightM };
  const pelvisAtHip = body.pelvisMassKg * (pelvisK * pelvisK + pelvisCom.x ** 2 + pelvisCom.y ** 2);

  // Swing leg, straight below its hip: thigh, shank and foot (a point at the ankle).
  const thighM = leva.thigh.massFraction * body.bodyMassKg;
  const shankM = leva.shank.massFraction * body.bodyMassKg;
  const footM = leva.foot.massFraction * body.bodyMassKg;
  const shankL = body.legLengthM - body.thighLengthM;
  const thighY = -leva.thigh.comFractionFromProximal * body.thighLengthM;
  const shankY = -body.thighLengthM - leva.shank.comFractionFromProximal * shankL;
  const footY = -body.legLengthM;
  const legX = -2 * h;
  const at = (m: number, k: number, y: number) => m * (k * k + legX * legX + y * y);
  const legAtHip =
    at(thighM, r.thigh.radius * body.thighLengthM, thighY) +
    at(shankM, r.shank.radius * shankL, shankY) +
    at(footM, 0, footY);
  const legCom = { x: legX, y: -body.legComFromHipM };

  const lowerMassKg = body.pelvisMassKg + body.legMassKg;
  const trunkK = r.trunk.radius * r.trunk.lengthM * scale;
  return {
    lowerMassKg,
    lowerCom: {
      x: (body.pelvisMassKg * pelvisCom.x + body.legMassKg * legCom.x) / lowerMassKg,
      y: (body.pelvisMassKg * pelvisCom.y + body.legMassKg * legCom.y) / lowerMassKg,
    },
    lowerInertiaAtHipKgM2: pelvisAtHip + legAtHip,
    lumbosacral: { x: -h, y: geo.lumbosacralHeightM },
    upperMassKg: body.upperBodyMassKg,
    upperComFromLumbosacralM: geo.upperBodyComFromLumbosacralM,
    upperInertiaKgM2: body.upperBodyMassKg * trunkK * trunkK,
  };
}
