/**
 * The model checked against published numbers: each row runs the model and compares its result
 * with a measurement, a clinical rule or a textbook calculation, and says whether it holds. The
 * app shows this table, and doc/model.md prints it (a test keeps them the same).
 */
import { RAD_PER_DEG } from './constants.ts';
import { buildGait, DEFAULT_GAIT, sampleCycle } from './gait/gait.ts';
import { DEFAULT_STANCE, type StanceInput } from './input.ts';
import { pauwelsBalance } from './pauwels.ts';
import { applyPreset } from './presets.ts';
import { solveStance } from './stance/solveStance.ts';

/** One check of the model against the literature. */
export interface ValidationRow {
  readonly id: string;
  /** What is compared, in words. */
  readonly quantity: string;
  /** The model's value, formatted with its unit. */
  readonly model: string;
  /** The published value or rule, formatted with its unit. */
  readonly published: string;
  readonly source: string;
  /** Whether the model's value lies within the published range, or follows the rule. */
  readonly holds: boolean;
  /** How the published value entered the model: a check, or a number it was calibrated to. */
  readonly kind: 'check' | 'calibration';
}

const fmt = (v: number, digits = 2) => v.toFixed(digits);
const deg = (rad: number) => rad / RAD_PER_DEG;
const solve = (over: Partial<StanceInput> = {}) => solveStance({ ...DEFAULT_STANCE, ...over });
const preset = (id: string, over: Partial<StanceInput> = {}) =>
  solveStance({ ...(applyPreset(DEFAULT_STANCE, id) ?? DEFAULT_STANCE), ...over });
const bw = (r: ReturnType<typeof solveStance>, n: number) => n / r.bodyWeightN;

/** Strength of the three superior-gluteal muscles at which the maximal abduction moment is `fraction` of normal. */
function strengthForFraction(fraction: number): number {
  const full = solve().maxAbductionMomentNm;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 40; i++) {
    const k = 0.5 * (lo + hi);
    const s = { ...DEFAULT_STANCE.strength, gmed: k, gmin: k, tfl: k };
    if (solve({ strength: s }).maxAbductionMomentNm > fraction * full) hi = k;
    else lo = k;
  }
  return lo;
}

/** Every row of the validation table (runs the model: a few milliseconds). */
export function validationTable(): ValidationRow[] {
  const healthy = solve();
  const palsy = preset('sgn-palsy-complete');
  const partial = preset('sgn-palsy-partial');
  const contra = solve({ caneFractionBW: 0.15 });
  const ipsi = solve({ caneFractionBW: 0.1, caneHand: 'ipsilateral' });
  const loadContra = solve({ loadKg: 0.15 * DEFAULT_STANCE.bodyMassKg });
  const loadIpsi = solve({ loadKg: 0.15 * DEFAULT_STANCE.bodyMassKg, loadHand: 'ipsilateral' });
  const vara = preset('coxa-vara');
  const valga = preset('coxa-valga');
  const k48 = strengthForFraction(0.48);
  const block = solve({ strength: { ...DEFAULT_STANCE.strength, gmed: k48, gmin: k48, tfl: k48 } });
  const lean = preset('sgn-palsy-complete', { compensation: 'trunk-lean' });
  const auto = preset('sgn-palsy-complete', { compensation: 'auto' });
  const pauwels = pauwelsBalance({
    partialWeight: 0.814,
    weightLeverArmM: 0.1099,
    abductorLeverArmM: 0.04,
    abductorAngleRad: 21 * RAD_PER_DEG,
  });
  const gait = buildGait(DEFAULT_GAIT);
  const gaitPeak = Math.max(
    ...sampleCycle(gait, 101).map((s) => Math.max(s.right.contactForceN, s.left.contactForceN)),
  );
  const contact = bw(healthy, healthy.hipContactForceN);
  const femurAngle = deg(healthy.hipContactAngleFemurRad);
  const perKg = healthy.maxAbductionMomentNm / DEFAULT_STANCE.bodyMassKg;
  const share = healthy.level.requiredNm / healthy.maxAbductionMomentNm;
  const ortho = 'Bergmann G et al. (2016) PLoS One 11:e0155612 (OrthoLoad, 10 patients)';
  return [
    {
      id: 'pauwels',
      quantity: "Pauwels' worked example: abductor force and joint force",
      model: `${fmt(pauwels.abductorForce)} / ${fmt(pauwels.hipContactForceMagnitude)} BW`,
      published: '2.24 / 3.0 BW (abductor force 2.75 × partial weight)',
      source: 'Pauwels F (1965) Biomechanics of the Normal and Diseased Hip',
      holds:
        Math.abs(pauwels.abductorForce / 0.814 - 2.75) < 0.05 &&
        Math.abs(pauwels.hipContactForceMagnitude - 3.0) < 0.1,
      kind: 'check',
    },
    {
      id: 'contact-stance',
      quantity: 'Hip contact force, healthy one-legged stance',
      model: `${fmt(contact)} BW`,
      published: '2.61 ± 0.29 BW (2.19-3.28)',
      source: ortho,
      holds: contact >= 2.19 && contact <= 3.28,
      kind: 'check',
    },
    {
      id: 'contact-direction',
      quantity: 'Its direction in the femur frame (from the shaft axis, frontal plane)',
      model: `${fmt(femurAngle, 1)}°`,
      published: '16.4 ± 3.7° (7.6-20.1°)',
      source: ortho,
      holds: femurAngle >= 7.6 && femurAngle <= 20.1,
      kind: 'check',
    },
    {
      id: 'contact-walking',
      quantity: 'Peak hip contact force in walking',
      model: `${fmt(gaitPeak / gait.bodyWeightN)} BW`,
      published: '2.47 ± 0.20 BW (2.17-2.82)',
      source: ortho,
      holds: gaitPeak / gait.bodyWeightN >= 2.17 && gaitPeak / gait.bodyWeightN <= 2.82,
      kind: 'check',
    },
    {
      id: 'adduction-stance',
      quantity: 'Stance-hip adduction in single-leg stance',
      model: `${fmt(deg(healthy.hipAdductionRad), 1)}°`,
      published: '7 ± 3° (pelvic-on-femoral angle 83 ± 3°)',
      source: 'Youdas JW et al. (2007) J Sport Rehabil 16:326-335',
      holds: Math.abs(deg(healthy.hipAdductionRad) - 7) <= 3,
      kind: 'check',
    },
    {
      id: 'strength',
      quantity: 'Maximal isometric abduction moment, young man',
      model: `${fmt(perKg)} N·m/kg`,
      published: 'about 1.5 N·m/kg (1.2-2.0)',
      source: 'Sugimoto D et al. (2014) Clin J Sport Med 24:422; Phys Ther Sport 2016;21:1-6',
      holds: perKg >= 1.2 && perKg <= 2.0,
      kind: 'calibration',
    },
    {
      id: 'demand-share',
      quantity: 'Demand of single-leg stance as a share of maximal strength',
      model: `${fmt(100 * share, 0)} %`,
      published: 'about half in young adults (0.74-0.91 N·m/kg over 1.5 N·m/kg)',
      source: 'derived from the two rows above',
      holds: share >= 0.45 && share <= 0.65,
      kind: 'check',
    },
    {
      id: 'nerve-block',
      quantity: 'Superior gluteal nerve block leaving 48 % of abduction strength',
      model: `crest ${fmt(100 * block.crestDropM, 1)} cm, sign ${block.trendelenburg}`,
      published: 'pelvic drop unchanged; 1 of 9 men positive',
      source: 'Kendall KD et al. (2013) Clin J Sport Med 23:45-51',
      holds: block.trendelenburg === 'negative',
      kind: 'calibration',
    },
    {
      id: 'graded-drop',
      quantity: 'Pelvic drop: partial (25 %) and complete palsy',
      model: `${fmt(deg(partial.pelvicDropRad), 1)}° and ${fmt(deg(palsy.pelvicDropRad), 1)}°`,
      published: 'positive sign (crest > 2 cm) in palsy; more weakness, more drop',
      source: 'Hardcastle P, Nade S (1985) J Bone Joint Surg Br 67:741-746',
      holds:
        palsy.trendelenburg === 'positive' &&
        partial.pelvicDropRad > 0 &&
        partial.pelvicDropRad < palsy.pelvicDropRad,
      kind: 'check',
    },
    {
      id: 'palsy-load',
      quantity: 'Hip contact force when tissue holds the pelvis (complete palsy)',
      model: `${fmt(bw(palsy, palsy.hipContactForceN))} BW (healthy ${fmt(contact)})`,
      published: 'at least the partial body weight; never below the healthy load',
      source: 'statics: every tissue that holds the pelvis presses the joint',
      holds: palsy.hipContactForceN >= healthy.hipContactForceN,
      kind: 'check',
    },
    {
      id: 'lean-range',
      quantity: 'Trunk lean over the hip in complete palsy (trunk-lean compensation)',
      model: `${fmt(deg(lean.trunkLeanRad), 1)}° with ${fmt(deg(lean.pelvicDropRad), 1)}° drop (auto: ${fmt(deg(auto.trunkLeanRad), 1)}° with ${fmt(deg(auto.pelvicDropRad), 1)}° drop)`,
      published: 'within lumbar lateral flexion, 29° (ages 16-29); Duchenne limp about ±4.5°',
      source:
        'Troke M et al. (2001) Clin Rehabil 15:371; Reininga IHF et al. (2012) J NeuroEng Rehabil 9:3',
      holds: lean.spineBendRad <= 29 * RAD_PER_DEG + 1e-9,
      kind: 'check',
    },
    {
      id: 'cane-contra',
      quantity: 'Cane (0.15 BW) in the opposite hand: hip contact force',
      model: `${fmt(100 * (contra.hipContactForceN / healthy.hipContactForceN), 0)} % of normal`,
      published: 'lowers it a lot; about 60 % of normal measured in gait, static models overstate',
      source: 'Brand RA, Crowninshield RD (1980); Neumann DA (1998): abductor EMG −31 %',
      holds: contra.hipContactForceN < 0.8 * healthy.hipContactForceN,
      kind: 'check',
    },
    {
      id: 'cane-ipsi',
      quantity: 'Cane (0.1 BW) in the same-side hand: abductor demand',
      model: `${fmt(100 * (ipsi.abductorMomentRequiredNm / healthy.abductorMomentRequiredNm), 0)} % of normal`,
      published: 'little change (abductor EMG)',
      source: 'Neumann DA (1998) Phys Ther 78:490-501',
      holds:
        ipsi.abductorMomentRequiredNm <= healthy.abductorMomentRequiredNm &&
        ipsi.abductorMomentRequiredNm >= 0.8 * healthy.abductorMomentRequiredNm,
      kind: 'check',
    },
    {
      id: 'load',
      quantity: 'Load of 15 % body mass: hip contact force, opposite / same-side hand',
      model: `${fmt(bw(loadContra, loadContra.hipContactForceN))} / ${fmt(bw(loadIpsi, loadIpsi.hipContactForceN))} BW`,
      published: 'opposite hand raises it steeply; same-side hand does not',
      source: 'Neumann DA, Cook TM (1985) Phys Ther 65:305-311',
      holds:
        loadContra.hipContactForceN > healthy.hipContactForceN * 1.2 &&
        loadIpsi.hipContactForceN <= healthy.hipContactForceN,
      kind: 'check',
    },
    {
      id: 'coxa',
      quantity: 'Hip contact force in coxa vara (115°) / coxa valga (145°)',
      model: `${fmt(bw(vara, vara.hipContactForceN))} / ${fmt(bw(valga, valga.hipContactForceN))} BW`,
      published: 'vara lowers, valga raises the load (lever arm)',
      source: 'Pauwels F (1965) Biomechanics of the Normal and Diseased Hip',
      holds:
        vara.hipContactForceN < healthy.hipContactForceN &&
        valga.hipContactForceN > healthy.hipContactForceN,
      kind: 'check',
    },
  ];
}
