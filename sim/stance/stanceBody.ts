/**
 * What a stance solve needs of one body that depends neither on the posture nor on strengths,
 * hands or compensation: anthropometry, trunk and pelvis geometry, the femur, the scaled muscles
 * (also packed for evaluation, sim/muscleSet.ts), the passive tissues and their tensions at the
 * bony end of adduction. Built once per body and kept in a small cache keyed by the body's
 * parameters: sweeps over strength, the animation and the dynamics solve the same body again and
 * again; a solve of a new body builds its own.
 */
import { anthropometry, type Anthropometry } from '../anthropometry.ts';
import { bodyGeometry, type BodyGeometry } from '../body.ts';
import { femurGeometry, referenceNeckLengthM, type FemurGeometry } from '../femur.ts';
import type { StanceInput } from '../input.ts';
import { muscleSet, type MuscleSet } from '../muscleSet.ts';
import { REFERENCE_HEIGHT_M, type ScaledMuscle } from '../muscles.ts';
import { musclesOf } from '../musclesOf.ts';
import { pelvisShape, type PelvisShape } from '../pelvisShape.ts';
import { emptyCableState, evaluateCable, type Cable } from '../tissues/cable.ts';
import { hipTissues, type HipTissues } from '../tissues/hipTissues.ts';

/** One body, ready for any posture, strength, aid and compensation. */
export interface StanceBody {
  readonly body: Anthropometry;
  readonly geo: BodyGeometry;
  readonly pelvis: PelvisShape;
  readonly femur: FemurGeometry;
  readonly muscles: readonly ScaledMuscle[];
  readonly set: MuscleSet;
  readonly tissues: HipTissues;
  /** Iliotibial tract first, then the capsular bundles. */
  readonly cables: readonly Cable[];
  /** Tension of each cable at the bony end of adduction (its capacity in the effort of `auto`), N. */
  readonly cableEndForcesN: readonly number[];
}

/** The inputs a body depends on. */
interface BodyKey {
  readonly heightM: number;
  readonly bodyMassKg: number;
  readonly sex: StanceInput['sex'];
  readonly neckShaftRad: number;
  readonly includePiriformis: boolean;
  readonly iliotibialSlackRad: number | undefined;
}

const sameBody = (a: BodyKey, b: StanceInput) =>
  a.heightM === b.heightM &&
  a.bodyMassKg === b.bodyMassKg &&
  a.sex === b.sex &&
  a.neckShaftRad === b.neckShaftRad &&
  a.includePiriformis === b.includePiriformis &&
  a.iliotibialSlackRad === b.iliotibialSlackRad;

/** Bodies kept (a few: the scenario, its normal body, the other leg, a comparison). */
const CACHE_SIZE = 8;
const cache: { key: BodyKey; body: StanceBody }[] = [];
let next = 0;

function buildBody(input: StanceInput): StanceBody {
  const body = anthropometry(input.bodyMassKg, input.heightM, input.sex);
  const muscles = musclesOf(input);
  const pelvis = pelvisShape(input.heightM);
  const scale = input.heightM / REFERENCE_HEIGHT_M;
  const femur = femurGeometry(input.neckShaftRad, referenceNeckLengthM(scale), body.thighLengthM);
  const tfl = muscles.find((m) => m.id === 'tfl');
  if (!tfl)
    throw new Error('muscles.json: no tensor fasciae latae (the iliotibial tract follows it)');
  const tissues = hipTissues(tfl, femur, scale, input.iliotibialSlackRad);
  const cables = [tissues.iliotibialTract, ...tissues.capsule];
  return {
    body,
    geo: bodyGeometry(body, pelvis.halfHipWidthM),
    pelvis,
    femur,
    muscles,
    set: muscleSet(muscles),
    tissues,
    cables,
    cableEndForcesN: cables.map(
      (c) => evaluateCable(c, tissues.ends.adduction.limitRad, emptyCableState()).forceN,
    ),
  };
}

/** The body of a stance input (from the cache when the same body was built recently). */
export function stanceBody(input: StanceInput): StanceBody {
  for (const entry of cache) if (sameBody(entry.key, input)) return entry.body;
  const body = buildBody(input);
  const key: BodyKey = {
    heightM: input.heightM,
    bodyMassKg: input.bodyMassKg,
    sex: input.sex,
    neckShaftRad: input.neckShaftRad,
    includePiriformis: input.includePiriformis,
    iliotibialSlackRad: input.iliotibialSlackRad,
  };
  cache[next] = { key, body };
  next = (next + 1) % CACHE_SIZE;
  return body;
}
