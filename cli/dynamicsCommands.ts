/** The `nerve-block`, `population` and `validate` commands. */
import {
  deg,
  DYNAMICS_OPTION_LIMITS as L,
  nerveBlock,
  solveStance,
  type Quantiles,
} from '../sim/index.ts';
import { population, validationTable } from '../sim/onDemand.ts';
import { json, printed, type CommandSpec } from './command.ts';
import { toCsv } from './report/gait.ts';
import { choiceOption, numberOption, stanceInput } from './options.ts';

/**
 * `nerve-block`: the time course of a sudden superior gluteal nerve block, from healthy stance to
 * the strengths of the options (sim/dynamics/nerveBlock.ts).
 */
export const nerveBlockCommand: CommandSpec = {
  settings: 'stance',
  options: ['duration', 'samples', 'format'],
  run: (args) => {
    const duration = numberOption(args, { name: 'duration', ...L.durationS, unit: 's' }, 2);
    const n = numberOption(args, { name: 'samples', ...L.samples, integer: true }, 201);
    const format = choiceOption(args, 'format', ['json', 'csv'] as const, 'json');
    const input = stanceInput(args);
    const bw = solveStance(input).bodyWeightN;
    const samples = nerveBlock(input, duration, n).map((s) => ({
      timeS: s.timeS,
      pelvicDropDeg: deg(s.pelvicDropRad),
      trunkLeanDeg: deg(s.trunkLeanRad),
      hipContactForceBW: s.hipContactForceN / bw,
      abductorMomentNm: s.abductorMomentNm,
      abductorActivation: s.abductorActivation,
      iliotibialTractForceN: s.iliotibialTractForceN,
    }));
    if (format === 'csv') return printed(toCsv(samples));
    return printed(json({ samples }));
  },
};

const degrees = (q: Quantiles) => ({ p5: deg(q.p5), p50: deg(q.p50), p95: deg(q.p95) });

/**
 * `population`: `--n` people drawn around the body of the options (seeded), each solved: the
 * share with a positive Trendelenburg sign and the spread of drop, lean and hip load.
 */
export const populationCommand: CommandSpec = {
  settings: 'stance',
  options: ['n', 'seed'],
  run: (args) => {
    const n = numberOption(args, { name: 'n', ...L.people, integer: true }, 1000);
    const seed = numberOption(args, { name: 'seed', ...L.seed, integer: true }, 1);
    const p = population(stanceInput(args), n, seed);
    return printed(
      json({
        n: p.n,
        seed: p.seed,
        positiveFraction: p.positiveFraction,
        pelvicDropDeg: degrees(p.pelvicDropRad),
        trunkLeanDeg: degrees(p.trunkLeanRad),
        hipContactForceBW: p.hipContactForceBW,
      }),
    );
  },
};

/** `validate`: the model against published numbers, as JSON or a Markdown table. */
export const validateCommand: CommandSpec = {
  settings: 'none',
  options: ['format'],
  run: (args) => {
    const format = choiceOption(args, 'format', ['json', 'md'] as const, 'json');
    const rows = validationTable();
    if (format === 'json') return printed(json({ rows }));
    const cell = (t: string) => t.replace(/\|/g, '\\|');
    const lines = [
      '| quantity | model | published | source | holds |',
      '|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| ${cell(r.quantity)} | ${cell(r.model)} | ${cell(r.published)} | ${cell(r.source)} | ${r.holds ? 'yes' : '**no**'}${r.kind === 'calibration' ? ' (calibrated)' : ''} |`,
      ),
    ];
    return printed(`${lines.join('\n')}\n`);
  },
};
