/**
 * The plots' shared contract: each plot is built from a scenario into an SVG scene and the table
 * of exactly what it draws (the CSV export). App, exports and command line all call
 * {@link PlotBuilder}s, so they cannot drift.
 */
import type { AffectedSide, StanceInput } from '../../../sim/index.ts';
import type { SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';

/** A scenario to plot: what the app's controls set. */
export interface PlotScenario {
  /** Short name shown in legends, e.g. "Current" or "Normal (pinned)". */
  readonly label: string;
  readonly stance: StanceInput;
  readonly affectedSide: AffectedSide;
}

/** How to draw a plot. */
export interface PlotOptions {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly theme?: Theme | undefined;
  /** A second scenario drawn over the first for comparison (dashed, with its own legend entry). */
  readonly pinned?: PlotScenario | undefined;
  /** Current position in the gait cycle, 0-100 % (the gait plot's cursor). */
  readonly cursorPct?: number | undefined;
  /** White (default) or transparent background. */
  readonly background?: 'white' | 'transparent' | undefined;
  /** Forces in newtons or body-weight multiples where a plot shows forces. */
  readonly units?: 'N' | 'BW' | undefined;
}

/** One column of a plot's table: its name and unit (unit "" for text or dimensionless). */
export interface Column {
  readonly name: string;
  readonly unit: string;
}

/** Exactly what a plot draws, row by row. */
export interface PlotTable {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly (number | string)[])[];
}

/** A built plot. */
export interface Plot {
  readonly scene: SvgNode;
  readonly table: PlotTable;
}

/** Builds one plot. */
export type PlotBuilder = (scenario: PlotScenario, options: PlotOptions) => Plot;

/** Plot names (command line and file names). */
export const PLOT_NAMES = [
  'demand-capacity',
  'gait-cycle',
  'strength-sweep',
  'moment-arms',
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
};
