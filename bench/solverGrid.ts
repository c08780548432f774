/**
 * The stance solver over a grid of scenarios: strength of gluteus medius, minimus and TFL together
 * 0-100 % in steps of 10 %, each compensation, and no cane or a 0.15 BW cane in either hand, for
 * the default body. Each case is timed on its own (one core); the worst case is the figure that
 * must meet the budget.
 */
import { DEFAULT_STANCE, solveStance, type Compensation, type StanceInput } from '../sim/index.ts';
import { ratePerSecond } from './measure.ts';

/** One case of the grid. */
export interface GridCase {
  readonly name: string;
  readonly input: StanceInput;
}

const STRENGTHS_PCT = Array.from({ length: 11 }, (_, i) => i * 10);
const COMPENSATIONS: readonly Compensation[] = ['none', 'trunk-lean', 'auto'];
const CANES = [
  { label: 'no cane', caneFractionBW: 0, caneHand: 'contralateral' },
  { label: 'cane 0.15 BW opposite hand', caneFractionBW: 0.15, caneHand: 'contralateral' },
  { label: 'cane 0.15 BW same-side hand', caneFractionBW: 0.15, caneHand: 'ipsilateral' },
] as const;

/** The 99 cases of the grid (11 strengths × 3 compensations × 3 canes), named. */
export function solverGrid(): GridCase[] {
  const cases: GridCase[] = [];
  for (const pct of STRENGTHS_PCT)
    for (const compensation of COMPENSATIONS)
      for (const cane of CANES) {
        const k = pct / 100;
        cases.push({
          name: `abductors ${pct} %, ${compensation}, ${cane.label}`,
          input: {
            ...DEFAULT_STANCE,
            strength: { ...DEFAULT_STANCE.strength, gmed: k, gmin: k, tfl: k },
            compensation,
            caneFractionBW: cane.caneFractionBW,
            caneHand: cane.caneHand,
          },
        });
      }
  return cases;
}

/** Solves per second of one case. */
export interface GridRate {
  readonly name: string;
  readonly solvesPerS: number;
}

/** Times every case of the grid for `seconds` each; slowest first. */
export function timeGrid(seconds: number): GridRate[] {
  return solverGrid()
    .map((c) => ({ name: c.name, solvesPerS: ratePerSecond(() => solveStance(c.input), seconds) }))
    .sort((a, b) => a.solvesPerS - b.solvesPerS);
}
