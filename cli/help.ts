/** The `--help` text, built from the option schema so it cannot drift from what is accepted. */
import { PRESETS, STANCE_FIELDS, type Field } from '../sim/index.ts';

function describe(f: Field): string {
  const value =
    f.kind === 'enum'
      ? f.values.join('|')
      : f.kind === 'quantity'
        ? 'Q'
        : f.unit === '%'
          ? 'PCT'
          : 'NUMBER';
  const range =
    f.kind === 'enum'
      ? ''
      : f.kind === 'quantity'
        ? ` [${f.min}-${f.max} ${f.si}]`
        : ` [${f.min}-${f.max}${f.unit === '%' ? ' %' : ` ${f.unit}`}]`;
  return `  --${f.name} ${value}\n      ${f.help}${range}`;
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
    '  npm run -s sim -- --help',
    '',
    'Stance options (all optional; defaults: healthy adult, 73 kg, 1.76 m, male, right stance):',
    '  --preset NAME',
    '      start from a preset; options given explicitly override it',
    ...STANCE_FIELDS.map(describe),
    '  --piriformis',
    '      include piriformis as an abductor (nerve to piriformis, not affected by a palsy)',
    '',
    'muscles options:',
    '  --adduction DEG',
    '      hip adduction angle, degrees, positive = adduction [-45-45]',
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
