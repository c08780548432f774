/** The commands: each turns parsed arguments into the text printed on stdout. */
import {
  DEFAULT_STANCE,
  evaluateMuscle,
  emptyMuscleState,
  parseNumber,
  RAD_PER_DEG,
  scaleMuscles,
  solveStance,
  stanceFromOptions,
  type StanceInput,
} from '../sim/index.ts';
import { stanceReport } from './report/stance.ts';
import { UsageError, type Args } from './args.ts';
import { gaitCommand, sweepCommand } from './gaitCommands.ts';
import { plotCommand } from './plot.ts';

/** A command: arguments in, stdout text out; throws UsageError for bad input. */
export type Command = (args: Args) => string;

const ADDUCTION_LIMIT_DEG = 45;

/** Stance input from the options (all but `omit`), or a UsageError. */
export function stanceInput(args: Args, omit: readonly string[] = []): StanceInput {
  const options = new Map([...args.options].filter(([k]) => !omit.includes(k)));
  const r = stanceFromOptions(DEFAULT_STANCE, options);
  if (!r.ok) throw new UsageError(r.reason);
  return args.flags.has('piriformis') ? { ...r.value, includePiriformis: true } : r.value;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const stance: Command = (args) => json(stanceReport(solveStance(stanceInput(args))));

const muscles: Command = (args) => {
  const text = args.options.get('adduction');
  if (text === undefined) throw new UsageError('muscles needs --adduction DEG');
  const parsed = parseNumber(text);
  if (!parsed.ok) throw new UsageError(`--adduction "${text}": ${parsed.reason}`);
  if (Math.abs(parsed.value) > ADDUCTION_LIMIT_DEG)
    throw new UsageError(
      `--adduction "${text}": must be between -${ADDUCTION_LIMIT_DEG} and ${ADDUCTION_LIMIT_DEG} degrees`,
    );
  const input = stanceInput(args, ['adduction']);
  const strengthOf = (g: keyof StanceInput['strength']) => input.strength[g];
  const rows = scaleMuscles(
    input.heightM,
    input.bodyMassKg,
    input.neckShaftRad,
    input.includePiriformis,
    input.sex,
  ).map((m) => {
    const s = evaluateMuscle(
      m,
      parsed.value * RAD_PER_DEG,
      strengthOf(m.group),
      emptyMuscleState(),
    );
    return {
      id: m.id,
      name: m.name,
      nerve: m.nerve,
      momentArmM: s.momentArmM,
      lengthM: s.lengthM,
      maxForceN: s.maxActiveForceN,
      maxIsometricForceN: m.maxIsometricForceN,
      passiveForceN: s.passiveForceN,
    };
  });
  return json({ adductionDeg: parsed.value, muscles: rows });
};

/** Every command by name. */
export const commands = new Map<string, Command>([
  ['stance', stance],
  ['muscles', muscles],
  ['gait', gaitCommand],
  ['sweep', sweepCommand],
  ['plot', plotCommand],
]);
