/** The `--help` text, built from the field table so it cannot drift from what is accepted. */
import {
  FIELDS,
  GAIT_OPTION_LIMITS,
  PRESETS,
  STANCE_FIELDS,
  SWEEP_PARAMS,
  type Field,
} from '../sim/index.ts';
import { PLOT_DESCRIPTIONS, PLOT_NAMES } from '../src/render/plots/types.ts';

/** How a field's value is written on the command line: its words, Q (a quantity) or a number. */
function valueWord(f: Field): string {
  if (f.kind === 'choice') return f.values.join('|');
  if (f.quantity) return 'Q';
  return f.unit === '%' ? 'PCT' : 'NUMBER';
}

function describe(f: Field): string {
  const range = f.kind === 'choice' ? '' : ` [${f.min}-${f.max} ${f.unit}]`;
  return `  --${f.flag} ${valueWord(f)}\n      ${f.help.split('\n').join('\n      ')}${range}`;
}

/** Full help text. */
export function helpText(): string {
  return [
    'Trendelenburg Lab: frontal-plane single-leg stance of the hip.',
    '',
    'Usage:',
    '  npm run -s sim -- stance [options]              one JSON object on stdout',
    '  npm run -s sim -- muscles --adduction DEG [options]',
    '                                                  per-muscle moment arm, length and force',
    '  npm run -s sim -- gait [options] [--affected-side left|right|both] [--cadence N]',
    '                         [--samples N] [--format json|csv]',
    '                                                  one gait cycle of the right leg, 0-100 %',
    '  npm run -s sim -- sweep --param NAME --from A --to B --steps N [options] [--format csv|json]',
    '                                                  one row per value: stance outputs and gait peaks',
    '  npm run -s sim -- plot NAME [options] --out FILE.svg|FILE.png|FILE.csv [--width PX] [--dpi N]',
    '                                                  a plot of the app, rendered without a browser',
    '  npm run -s sim -- --help',
    '',
    'Stance options (all optional; defaults: healthy adult, 73 kg, 1.76 m, male, right stance):',
    '  --preset NAME',
    '      start from a preset; options given explicitly override it',
    ...STANCE_FIELDS.map(describe),
    '  --piriformis',
    '      piriformis (nerve to piriformis, spared by a palsy) is included; the flag is kept for old scripts',
    '',
    'muscles options:',
    '  --adduction DEG',
    '      hip adduction angle, degrees, positive = adduction [-45-45]',
    '',
    'gait and sweep options:',
    ...FIELDS.filter((f) => f.scope !== 'stance').map(describe),
    `  --cadence N\n      steps per minute [${GAIT_OPTION_LIMITS.cadenceStepsPerMin.min}-${GAIT_OPTION_LIMITS.cadenceStepsPerMin.max}] (default 105)`,
    `  --samples N\n      samples over the cycle, 0 % and 100 % included [${GAIT_OPTION_LIMITS.samples.min}-${GAIT_OPTION_LIMITS.samples.max}] (default 101)`,
    '  --format json|csv',
    '      gait: json (default) or csv; sweep: csv (default) or json',
    `  --param ${SWEEP_PARAMS.map((p) => p.name).join('|')}`,
    `      what a sweep varies, in ${SWEEP_PARAMS.map((p) => `${p.name} ${p.unit}`).join(', ')}`,
    '  --from A --to B --steps N',
    `      sweep range (inclusive) and number of values [${GAIT_OPTION_LIMITS.sweepSteps.min}-${GAIT_OPTION_LIMITS.sweepSteps.max}]`,
    '',
    'plot options:',
    ...PLOT_NAMES.map((n) => `  ${n.padEnd(16)} ${PLOT_DESCRIPTIONS[n]}`),
    '  --out FILE      .svg (self-contained), .png, or .csv (exactly what is plotted)',
    '  --width PX      plot width in screen pixels [200-4000] (default 900); --height PX (default 0.62 × width)',
    '  --dpi N         PNG resolution [72-1200] (default 96); the PNG is width × N / 96 pixels wide',
    '  --pin normal    overlay the normal body for comparison; --cursor PCT  gait-cycle cursor',
    '  --units BW|N    forces in body weights or newtons; --theme screen|projector',
    '  --background white|transparent',
    '',
    'Gait output columns: cyclePct, pelvicObliquityDeg (+ = right side higher), trunkLeanDeg',
    '(+ = toward the right), rightHipAdductionDeg, leftHipAdductionDeg,',
    'rightHipAbductorMomentNmPerKg, leftHipAbductorMomentNmPerKg, rightHipContactForceBW,',
    'leftHipContactForceBW, phase (double-support|right-single-support|left-single-support).',
    '',
    'Q is a number in SI (kg, m) or a quantity with a unit: "154 lb", "175 cm", "5.9 ft".',
    '',
    'Presets:',
    ...PRESETS.map((p) => `  ${p.id.padEnd(22)} ${p.description}`),
    '',
    'Output (stance): bodyMassKg, pelvicDropDeg (+ = swing side lower), trunkLeanDeg',
    '(+ = toward the stance side), abductorMomentRequiredNm, abductorMomentCapacityNm,',
    'abductorForceN/BW, hipContactForceN/BW, hipContactAngleDeg (from vertical, + = inferolateral),',
    'bodyWeightMomentArmM, abductorMomentArmM (force-weighted), trendelenburg',
    '(negative|positive|compensated), muscles[{id, name, nerve, strengthPct, activation, forceN,',
    'momentArmM}], and more (see doc/model.md).',
    '',
    'Bad input exits with code 2 and one line on stderr.',
  ].join('\n');
}
