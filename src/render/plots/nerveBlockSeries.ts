/**
 * The series of the nerve-block plot and of the "Block the nerve" animation: the time course of a
 * sudden superior gluteal nerve block (sim/dynamics/nerveBlock.ts) from healthy stance to the
 * input's strengths, the static solution it settles on, and the time the drop takes. A query over
 * the model like those of sim/queries/, kept beside its plot.
 */
import {
  nerveBlock,
  solveStance,
  type Compensation,
  type NerveBlockSample,
  type Side,
  type StanceInput,
} from '../../../sim/index.ts';

/** Length and samples of the time course the app and the plot show (as the command line's defaults). */
export const NERVE_BLOCK_RUN = { durationS: 2, samples: 201 } as const;
/** Share of the final drop whose time the plot marks (time to 90 %). */
export const DROP_SHARE = 0.9;
/** A final drop below this counts as none, rad (0.05°). */
const NO_DROP_RAD = 0.05 * (Math.PI / 180);

/** What the nerve-block plot draws of one input (SI). */
export interface NerveBlockSeries {
  readonly stanceSide: Side;
  readonly compensation: Compensation;
  readonly bodyWeightN: number;
  /** Mean strength the block leaves in gluteus medius, minimus and TFL, % of normal. */
  readonly remainingPct: number;
  readonly durationS: number;
  readonly samples: readonly NerveBlockSample[];
  /** The static solution of the same input, where the time course settles. */
  readonly settled: {
    readonly pelvicDropRad: number;
    readonly trunkLeanRad: number;
    readonly hipContactForceN: number;
  };
  /** First time the drop reaches {@link DROP_SHARE} of its final value, s (none if it stays level). */
  readonly dropTimeS: number | undefined;
}

/** The first time a sampled drop reaches `share` of its last value, s, linearly between samples. */
export function timeToShareS(
  samples: readonly NerveBlockSample[],
  share: number,
): number | undefined {
  const end = samples[samples.length - 1]?.pelvicDropRad ?? 0;
  if (end < NO_DROP_RAD) return undefined;
  const goal = share * end;
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    if (b.pelvicDropRad >= goal)
      return (
        a.timeS +
        ((goal - a.pelvicDropRad) / (b.pelvicDropRad - a.pelvicDropRad)) * (b.timeS - a.timeS)
      );
  }
  return undefined;
}

/** The time course of a block that leaves `input`'s strengths (about 0.1 s of computing). */
export function nerveBlockSeries(
  input: StanceInput,
  run: { readonly durationS: number; readonly samples: number } = NERVE_BLOCK_RUN,
): NerveBlockSeries {
  const samples = nerveBlock(input, run.durationS, run.samples);
  const r = solveStance(input);
  const s = input.strength;
  return {
    stanceSide: input.stanceSide,
    compensation: input.compensation,
    bodyWeightN: r.bodyWeightN,
    remainingPct: ((s.gmed + s.gmin + s.tfl) / 3) * 100,
    durationS: run.durationS,
    samples,
    settled: {
      pelvicDropRad: r.pelvicDropRad,
      trunkLeanRad: r.trunkLeanRad,
      hipContactForceN: r.hipContactForceN,
    },
    dropTimeS: timeToShareS(samples, DROP_SHARE),
  };
}

/** The time course at `timeS` (clamped to its span), linearly between samples. */
export function blockSampleAt(series: NerveBlockSeries, timeS: number): NerveBlockSample {
  const ss = series.samples;
  const first = ss[0]!;
  const last = ss[ss.length - 1]!;
  const t = Math.min(last.timeS, Math.max(first.timeS, timeS));
  const dt = (last.timeS - first.timeS) / Math.max(1, ss.length - 1);
  const i = Math.min(ss.length - 2, Math.max(0, Math.floor((t - first.timeS) / dt)));
  const a = ss[i]!;
  const b = ss[i + 1] ?? a;
  const k = b.timeS > a.timeS ? (t - a.timeS) / (b.timeS - a.timeS) : 0;
  const mix = (f: (s: NerveBlockSample) => number) => f(a) + k * (f(b) - f(a));
  return {
    timeS: t,
    pelvicDropRad: mix((s) => s.pelvicDropRad),
    trunkLeanRad: mix((s) => s.trunkLeanRad),
    hipContactForceN: mix((s) => s.hipContactForceN),
    abductorMomentNm: mix((s) => s.abductorMomentNm),
    abductorActivation: mix((s) => s.abductorActivation),
    iliotibialTractForceN: mix((s) => s.iliotibialTractForceN),
  };
}
