/**
 * The plots' shared contract: each plot builder turns series (the model's answers, computed by the
 * queries in sim/queries/) into an SVG scene and the table of exactly what it draws (the CSV
 * export). App, exports and command line all call the same builders, so they cannot drift.
 */
import type {
  DemandCapacitySeries,
  GaitCycleSeries,
  GaitSample,
  MomentArmSeries,
  StrengthSweepSeries,
} from '../../../sim/index.ts';
import type { SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { NerveBlockSeries } from './nerveBlockSeries.ts';
import type { PopulationSeries } from './populationSeries.ts';

/** Plot names (command line and file names). */
export const PLOT_NAMES = [
  'demand-capacity',
  'gait-cycle',
  'strength-sweep',
  'moment-arms',
  'nerve-block',
  'population',
] as const;
export type PlotName = (typeof PLOT_NAMES)[number];

/** What each plot shows, for --help and the app. */
export const PLOT_DESCRIPTIONS: Record<PlotName, string> = {
  'demand-capacity':
    'abductor moment required and available (active + passive) against pelvic drop, with the equilibrium marked',
  'gait-cycle':
    'pelvic obliquity and trunk lean, internal hip abductor moment and hip contact force of each hip over one stride, with normal bands',
  'strength-sweep':
    'pelvic drop and trunk lean against abductor strength 0-100 %, one curve per compensation',
  'moment-arms':
    'moment arm of each muscle part against hip adduction, and force and activation bars at the current posture',
  'nerve-block':
    'pelvic drop, trunk lean and hip contact force after a sudden superior gluteal nerve block, settling on the static solution',
  population:
    'how many of 500 people like this one show a positive sign, and how far their pelvis drops, against abductor strength',
};

/**
 * Height per width of each plot in a narrow print size (a journal column) and by default on
 * paper: the gait cycle's three panels, the moment arms' and the nerve block's two stacked panels,
 * and the population's two panels with the notes under them need more height.
 */
export const PLOT_PAPER_ASPECT: Record<PlotName, number> = {
  'demand-capacity': 0.95,
  'gait-cycle': 1.3,
  'strength-sweep': 0.85,
  'moment-arms': 1.4,
  'nerve-block': 1.1,
  population: 1.25,
};

/** The series each plot draws, by plot name. */
export interface PlotSeries {
  readonly 'demand-capacity': DemandCapacitySeries;
  readonly 'gait-cycle': GaitCycleSeries;
  readonly 'strength-sweep': StrengthSweepSeries;
  readonly 'moment-arms': MomentArmSeries;
  readonly 'nerve-block': NerveBlockSeries;
  readonly population: PopulationSeries;
}

/** The series of every plot for one scenario, each computed (or read from a memo) when asked. */
export type SeriesSource = { readonly [K in PlotName]: () => PlotSeries[K] };

/** Series with the name they go by in legends, titles and tables, e.g. "Current" or "Normal". */
export interface Labelled<S> {
  readonly label: string;
  readonly series: S;
}

/** What a plot draws: the current series and, optionally, a pinned one to compare with. */
export interface PlotData<S> {
  readonly current: Labelled<S>;
  /** Drawn over the current series (dashed, in the ghost colour, with its own legend entry). */
  readonly pinned?: Labelled<S> | undefined;
}

/** How to draw a plot. */
export interface PlotOptions {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly theme?: Theme | undefined;
  /** White (default) or transparent background. */
  readonly background?: 'white' | 'transparent' | undefined;
  /** Forces in newtons or body-weight multiples where a plot shows forces. */
  readonly units?: 'N' | 'BW' | undefined;
  /** A panel letter ("A") in the top left corner, above the plot, for multi-panel figures. */
  readonly panel?: string | undefined;
}

/** One column of a plot's table: its name and unit (unit "" for text or dimensionless). */
export interface Column {
  readonly name: string;
  readonly unit: string;
}

/** One row of a plot's table, a cell per column. */
export type PlotRow = readonly (number | string)[];

/** Exactly what a plot draws, row by row. */
export interface PlotTable {
  readonly columns: readonly Column[];
  readonly rows: readonly PlotRow[];
}

/** Something drawn over a built plot (the gait plot's cursor) and its rows of the table. */
export interface Overlay {
  readonly node: SvgNode;
  readonly rows: readonly PlotRow[];
}

/** A built plot. */
export interface Plot {
  readonly scene: SvgNode;
  readonly table: PlotTable;
  /**
   * The moving cursor over the plot at `cursorPct` of the cycle (0-100), given the gait sampled
   * there (the gait-cycle plot only): moving it does not rebuild the plot.
   */
  readonly cursor?: ((cursorPct: number, sample: GaitSample) => Overlay) | undefined;
  /** The moving cursor at `timeS` seconds of a time course (the nerve-block plot only). */
  readonly timeCursor?: ((timeS: number) => Overlay) | undefined;
}

/** Builds one plot from its series. */
export type PlotBuilder<S> = (data: PlotData<S>, options: PlotOptions) => Plot;
