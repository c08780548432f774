/** The `stance` and `muscles` commands. */
import {
  evaluateMuscle,
  emptyMuscleState,
  RAD_PER_DEG,
  musclesOf,
  solveStance,
} from '../sim/index.ts';
import { stanceReport } from './report/stance.ts';
import { json, printed, type CommandSpec } from './command.ts';
import { requiredNumber, stanceInput, type NumberSpec } from './options.ts';

/** Hip adduction of the `muscles` command, degrees. */
const ADDUCTION: NumberSpec = { name: 'adduction', min: -45, max: 45, unit: 'degrees' };

/** `stance`: the single-leg stance of the options, as one JSON object. */
export const stanceCommand: CommandSpec = {
  settings: 'stance',
  options: [],
  run: (args) => printed(json(stanceReport(solveStance(stanceInput(args))))),
};

/** `muscles`: each muscle part's moment arm, length and forces at one adduction angle. */
export const musclesCommand: CommandSpec = {
  settings: 'stance',
  options: [ADDUCTION.name],
  run: (args) => {
    const adductionDeg = requiredNumber(args, ADDUCTION, 'muscles needs --adduction DEG');
    const input = stanceInput(args);
    const rows = musclesOf(input).map((m) => {
      const s = evaluateMuscle(
        m,
        adductionDeg * RAD_PER_DEG,
        input.strength[m.group],
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
    return printed(json({ adductionDeg, muscles: rows }));
  },
};
