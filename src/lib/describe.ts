/**
 * The current state in words: the readouts' sentences (what the hip must hold, what holds it, how
 * the body compensates), the figure's description and the live text for screen readers.
 */
import {
  deg,
  LUMBAR_LATERAL_FLEXION_RANGE_RAD,
  type GaitSample,
  type MuscleGroup,
  type NerveBlockSample,
  type Side,
  type StanceResult,
  TRENDELENBURG_CREST_DROP_M,
} from '../../sim/index.ts';

const f1 = (v: number) => v.toFixed(1);
const nm = (v: number) => `${Math.round(v)} N·m`;
/** Below this a moment is not worth naming, N·m. */
const NEGLIGIBLE_NM = 0.5;
/** Below this an angle reads as none, degrees. */
const NO_ANGLE_DEG = 0.05;
/** Muscles within this of their 30-second ceiling give all they can, N·m. */
const AT_CEILING_NM = 0.5;
/** The demand of the posture taken is told apart from the level one when they differ by more, N·m. */
const POSTURE_DIFFERS_NM = 2;
/** Shares above this are written as a multiple ("2.8 ×"), not a percentage. */
const MULTIPLE_ABOVE = 1;

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const SPARED_NAMES: Partial<Record<MuscleGroup, string>> = {
  gmax: 'gluteus maximus',
  piriformis: 'piriformis',
};

/** The moment the passive tissues hold (muscle stretch, iliotibial tract, capsule), N·m. */
function tissueMomentNm(r: StanceResult): number {
  return r.passiveMuscleMomentNm + r.iliotibialTractMomentNm + r.ligamentMomentNm;
}

/**
 * What single-leg stance asks of the hip with the pelvis level: the moment, its share of the
 * maximal abduction moment a dynamometer would measure (`share` undefined when no muscle can
 * abduct or nothing is needed), and what the posture the body takes asks, when a lean changes it.
 */
export function demandWords(r: StanceResult): { text: string; share: number | undefined } {
  const need = r.level.requiredNm;
  const max = r.maxAbductionMomentNm;
  if (need <= NEGLIGIBLE_NM)
    return { text: 'none: the cane more than balances the body', share: undefined };
  if (max < NEGLIGIBLE_NM)
    return { text: `${nm(need)}, and no muscle is left to abduct the hip`, share: undefined };
  const share = need / max;
  const part =
    share > MULTIPLE_ABOVE ? `${share.toFixed(1)} × the` : `${Math.round(share * 100)} % of the`;
  // A lean (onto a cane, or over the hip) changes what the posture the body takes asks for.
  const now = r.abductorMomentRequiredNm;
  const posture = Math.abs(now - need) > POSTURE_DIFFERS_NM ? `; as it stands, ${nm(now)}` : '';
  return { text: `${nm(need)}: ${part} maximal abduction moment (${nm(max)})${posture}`, share };
}

/**
 * What holds the pelvis at the solved posture, in words: the abductors' sustainable (30-second
 * test) and maximal moments, the passive tissues that hold the rest and their force, and bone
 * when the hip is at the end of its range. `force` writes a force in the user's units.
 */
export function holdWords(r: StanceResult, force: (forceN: number) => string): string {
  const tissue = tissueMomentNm(r);
  const sustained = r.abductorMomentCapacityNm - tissue;
  const maximal = r.abductorMomentMaximalNm - tissue;
  const s = r.input.strength;
  const spared = [
    ...new Set(
      r.muscles
        .filter((m) => m.strength > 0 && m.momentArmM > 0 && SPARED_NAMES[m.group])
        .map((m) => SPARED_NAMES[m.group]!),
    ),
  ];
  const who =
    s.gmed === 0 && s.gmin === 0 && s.tfl === 0 && spared.length
      ? `The spared abductors (${spared.join(', ')})`
      : 'The abductors';
  const tissues: [string, number][] = [
    ['stretched muscle', r.passiveMuscleMomentNm],
    ['the iliotibial tract', r.iliotibialTractMomentNm],
    ['the capsule', r.ligamentMomentNm],
  ];
  const named = tissues.filter(([, m]) => m > NEGLIGIBLE_NM).sort((a, b) => b[1] - a[1]);
  const tissueForceN =
    r.muscles.reduce((sum, m) => sum + m.passiveForceN, 0) +
    r.passiveForces.filter((p) => p.id !== 'bony-end-stop').reduce((sum, p) => sum + p.forceN, 0);
  const holders = list(named.map(([n]) => n));
  const verb = (one: string, many: string) => (named.length === 1 ? one : many);
  const parts: string[] = [];
  if (r.adductorMomentNm > NEGLIGIBLE_NM) {
    parts.push(
      `Passive tissue more than holds it: the adductors pull back ${nm(r.adductorMomentNm)}.`,
    );
  } else if (r.activeMomentNm < sustained - AT_CEILING_NM) {
    const extra = named.length ? `; ${holders} ${verb('adds', 'add')} ${nm(tissue)}` : '';
    parts.push(
      `The abductors hold it: ${nm(r.activeMomentNm)} of the ${nm(sustained)} they can keep up for 30 s (maximal ${nm(maximal)})${extra}.`,
    );
  } else if (sustained < NEGLIGIBLE_NM) {
    parts.push(
      `No muscle is left to abduct the hip${named.length ? `; ${holders} ${verb('holds', 'hold')} it all: ${nm(tissue)} (${force(tissueForceN)})` : ''}.`,
    );
  } else {
    const rest = named.length
      ? `; ${holders} ${verb('holds', 'hold')} the rest: ${nm(tissue)} (${force(tissueForceN)})`
      : '';
    parts.push(
      `${who} can give ${nm(sustained)} for the 30-second test (maximal ${nm(maximal)})${rest}.`,
    );
  }
  const bone = r.passiveForces.find((p) => p.id === 'bony-end-stop');
  if (r.endStop === 'adduction')
    parts.push(
      `The pelvis rests on bone: the femoral neck presses on the acetabular rim and holds ${nm(r.rangeLimitMomentNm)} (${force(bone?.forceN ?? 0)}).`,
    );
  else if (r.endStop === 'abduction')
    parts.push(
      `The hip rests on bone at the end of its abduction range (${nm(Math.abs(r.rangeLimitMomentNm))}).`,
    );
  return parts.join(' ');
}

/**
 * How the body compensates, if it leans: onto a same-side cane, and the trunk over the stance
 * hip with the lumbar spine's bend against its range of lateral flexion.
 */
export function postureWords(r: StanceResult): string | undefined {
  const cane = deg(r.caneLeanRad);
  const lean = deg(r.trunkLeanRad - r.caneLeanRad);
  const parts: string[] = [];
  if (cane > NO_ANGLE_DEG) parts.push(`Leans ${f1(cane)}° onto the cane.`);
  if (lean > NO_ANGLE_DEG) {
    const bend = deg(r.spineBendRad);
    const range = deg(LUMBAR_LATERAL_FLEXION_RANGE_RAD);
    const of = bend >= range - NO_ANGLE_DEG ? ': all of its' : ' of its';
    parts.push(
      `The trunk leans ${f1(lean)}° over the ${r.input.stanceSide} hip; the lumbar spine bends ${f1(bend)}°${of} ${Math.round(range)}° range.`,
    );
  }
  return parts.length ? parts.join(' ') : undefined;
}

const otherSide = (s: Side): Side => (s === 'right' ? 'left' : 'right');

/** The crest drop of a positive sign, cm (sim/constants.ts). */
const SIGN_CREST_CM = Math.round(TRENDELENBURG_CREST_DROP_M * 100);

/**
 * Whether the crest drops enough to name, 0.05 cm (a negative sign may still drop a little, under
 * {@link SIGN_CREST_CM} cm); below it the words say the pelvis stays level.
 */
const dropsAtAll = (r: StanceResult) => r.crestDropM * 100 >= 0.05;

/** The Trendelenburg sign in a word, and why in a few (the lecture's large readout). */
export function signBrief(r: StanceResult): { word: string; why: string } {
  if (r.trendelenburg === 'positive') return { word: 'Positive', why: 'the pelvis drops' };
  if (r.trendelenburg === 'compensated') return { word: 'Compensated', why: 'the trunk leans' };
  return {
    word: 'Negative',
    why: dropsAtAll(r) ? `the crest drops under ${SIGN_CREST_CM} cm` : 'the pelvis stays level',
  };
}

/** The Trendelenburg sign in words: {@link signBrief}, with the crest's drop where it drops. */
export function signWords(r: StanceResult): string {
  const { word, why } = signBrief(r);
  const crest = `the ${otherSide(r.input.stanceSide)} crest drops ${f1(r.crestDropM * 100)} cm`;
  if (r.trendelenburg === 'positive') return `${word}: ${crest}`;
  if (r.trendelenburg === 'negative' && dropsAtAll(r))
    return `${word}: ${crest}, under the ${SIGN_CREST_CM} cm of a positive sign`;
  return `${word}: ${why}`;
}

/** One-sentence title of a stance figure. */
export function stanceTitle(r: StanceResult): string {
  return `Single-leg stance on the ${r.input.stanceSide} leg, seen from behind`;
}

/** Words for a stance result, short enough to read out under the figure (the readouts say more). */
export function describeStance(r: StanceResult): string {
  const side = r.input.stanceSide;
  const drop = deg(r.pelvicDropRad);
  const lean = deg(r.trunkLeanRad);
  const parts = [
    `Standing on the ${side} leg.`,
    drop > NO_ANGLE_DEG
      ? `The pelvis drops ${f1(drop)}° on the ${otherSide(side)} side.`
      : 'The pelvis is level.',
    lean > NO_ANGLE_DEG
      ? `The trunk leans ${f1(lean)}° over the ${side} hip.`
      : 'The trunk is upright.',
    `Abductor force ${(r.abductorForceN / r.bodyWeightN).toFixed(2)} and hip contact force ${(r.hipContactForceN / r.bodyWeightN).toFixed(2)} times body weight.`,
    `Trendelenburg sign ${r.trendelenburg}.`,
  ];
  return parts.join(' ');
}

/** Words for an instant of a nerve block on the `side` leg. */
export function describeBlockInstant(s: NerveBlockSample, side: Side): string {
  const drop = deg(s.pelvicDropRad);
  const lean = deg(s.trunkLeanRad);
  const trunk =
    lean > NO_ANGLE_DEG
      ? `the trunk leans ${f1(lean)}° over the ${side} hip.`
      : lean < -NO_ANGLE_DEG
        ? `the trunk tips ${f1(-lean)}° away from the ${side} hip.`
        : 'the trunk is upright.';
  return [
    `${s.timeS.toFixed(2)} s after a superior gluteal nerve block, standing on the ${side} leg:`,
    drop > NO_ANGLE_DEG
      ? `the pelvis has dropped ${f1(drop)}° on the ${otherSide(side)} side,`
      : 'the pelvis is level,',
    trunk,
  ].join(' ');
}

const PHASE: Record<GaitSample['phase'], string> = {
  'double-support': 'double support',
  'right-single-support': 'single support on the right leg',
  'left-single-support': 'single support on the left leg',
};

/** Words for an instant of gait. */
export function describeGait(s: GaitSample): string {
  const o = deg(s.pelvicObliquityRad);
  const lean = deg(s.trunkLeanRad);
  const pelvis =
    Math.abs(o) < 0.5
      ? 'the pelvis is level'
      : `the ${o > 0 ? 'right' : 'left'} side of the pelvis is ${f1(Math.abs(o))}° higher`;
  const trunk =
    Math.abs(lean) < 0.5
      ? 'the trunk is upright'
      : `the trunk leans ${f1(Math.abs(lean))}° to the ${lean > 0 ? 'right' : 'left'}`;
  return `Walking, ${Math.round(s.cycleFraction * 100)} % of the right leg's cycle, ${PHASE[s.phase]}: ${pelvis}, ${trunk}.`;
}
