/**
 * The app's state: the scenario and view (replaced wholesale: $state.raw) and everything derived
 * from them by the model, each result recomputed only when the inputs it reads change. The only
 * effects live in App.svelte (URL, animation clock).
 */
import { gaitFigure, stanceFigure } from '../render/figure/pose/index.ts';
import { nerveBlockPose } from '../render/figure/pose/nerveBlockPose.ts';
import { blockSampleAt, type NerveBlockSeries } from '../render/plots/nerveBlockSeries.ts';
import { populationSeriesOf, sameCurve } from '../render/plots/populationSeries.ts';
import type { SeriesSource } from '../render/plots/types.ts';
import {
  affectedStanceInput,
  applyPreset,
  buildGait,
  DEFAULT_GAIT,
  demandCapacityRangeRad,
  sampleGait,
  solveStance,
  type GaitInput,
  type StanceInput,
} from '../../sim/index.ts';
import { comparisonOf } from './compare.ts';
import { keptSeries } from './keptSeries.svelte.ts';
import { PopulationRun } from './populationRun.svelte.ts';
import {
  DEFAULT_SCENARIO,
  DEFAULT_VIEW,
  scenarioProblem,
  type Scenario,
  type ViewState,
} from './scenario.ts';

export class AppState {
  #scenario = $state.raw<Scenario>(DEFAULT_SCENARIO);
  notes = $state.raw<string[]>([]);
  #view = $state.raw<ViewState>(DEFAULT_VIEW);
  #cyclePct = $state(DEFAULT_VIEW.cyclePct);
  #readPct = $state(DEFAULT_VIEW.cyclePct);
  #playing = $state(false);

  /**
   * What is shown and how. While the walk plays its position moves in {@link cyclePct} alone,
   * so that an animation frame does not replace the view (everything that reads it would run
   * again); `view.cyclePct` is brought up to date when the walk stops.
   */
  get view(): ViewState {
    return this.#view;
  }
  set view(v: ViewState) {
    // A view copied while the walk plays keeps its position; one that moves it, moves it.
    const moved = v.cyclePct !== this.#view.cyclePct;
    this.#view = v;
    if (moved || !this.#playing) this.#cyclePct = v.cyclePct;
  }

  /** The position in the gait cycle now, %: the animation clock moves it in every frame. */
  get cyclePct(): number {
    return this.#cyclePct;
  }
  set cyclePct(pct: number) {
    this.#cyclePct = pct;
    if (!this.#playing) this.#view = { ...this.#view, cyclePct: pct };
  }

  /** Whether the walk plays. */
  get playing(): boolean {
    return this.#playing;
  }
  set playing(on: boolean) {
    if (this.#playing && !on) this.#view = { ...this.#view, cyclePct: this.#cyclePct };
    if (!this.#playing && on) this.#readPct = this.#cyclePct;
    this.#playing = on;
  }

  /**
   * The position in the gait cycle that numbers a person reads show (the walking readouts, the
   * playback's percentage, the figure's description), %: the walk's position while it is still;
   * while it plays, the position {@link showReadouts} last took, so that they change a few times a
   * second rather than in every frame (each change of a number lays the page out again).
   */
  get readPct(): number {
    return this.#playing ? this.#readPct : this.#cyclePct;
  }

  /** Brings {@link readPct} to the walk's position now (the animation clock, a few times a second). */
  showReadouts(): void {
    this.#readPct = this.#cyclePct;
  }

  gaitInput = $derived<GaitInput>({
    ...DEFAULT_GAIT,
    stance: this.scenario.stance,
    affectedSide: this.scenario.affectedSide,
  });
  /** The stance the readouts and the single-leg-stance figure show: on the affected side. */
  stanceInput = $derived<StanceInput>(affectedStanceInput(this.gaitInput));
  stance = $derived(solveStance(this.stanceInput));
  stanceFig = $derived(stanceFigure(this.stance));

  /**
   * The comparison everything is pinned against (src/lib/compare.ts): the scenario's body with
   * normal hips, or a pinned scenario; the `normal…` results below are of it. Keyed by its text,
   * so it changes (and all derived from it is recomputed) only when the comparison does: for the
   * normal body, mass, height, sex, affected side; not strengths, neck-shaft angle, aids or
   * compensation.
   */
  #normalKey = $derived.by(() => {
    const { stance, affectedSide } = comparisonOf(this.scenario, this.view);
    return JSON.stringify({ ...this.gaitInput, stance, affectedSide });
  });
  normalGaitInput = $derived<GaitInput>(JSON.parse(this.#normalKey));
  /** The normal body's stance on the affected side. */
  normalStanceInput = $derived<StanceInput>(affectedStanceInput(this.normalGaitInput));
  normalStance = $derived(solveStance(this.normalStanceInput));
  normalFig = $derived(stanceFigure(this.normalStance));

  gait = $derived(buildGait(this.gaitInput));
  normalGait = $derived(buildGait(this.normalGaitInput));
  sample = $derived(sampleGait(this.gait, this.cyclePct / 100));
  /** The instant the readouts show: at {@link readPct}, the drawn instant's when the walk is still. */
  readSample = $derived(sampleGait(this.gait, this.readPct / 100));
  gaitFig = $derived(gaitFigure(this.gait, this.sample));
  normalGaitFig = $derived(
    gaitFigure(this.normalGait, sampleGait(this.normalGait, this.cyclePct / 100)),
  );

  // The plots' series (sim/queries/): each is computed when a plot first reads it, and again only
  // when the inputs it reads change (never with the position in the cycle).
  /** End of the demand-capacity plot's drop range: shows the equilibria drawn, rad. */
  dropRangeRad = $derived(
    demandCapacityRangeRad(
      this.view.pin !== 'none' ? [this.stance, this.normalStance] : [this.stance],
    ),
  );
  #series = keptSeries({
    gait: () => this.gaitInput,
    stance: () => this.stanceInput,
    dropRangeRad: () => this.dropRangeRad,
    compensations: () => undefined,
  });
  /** Of the normal body, only its own compensation is swept (all the plot draws of it). */
  #normalSeries = keptSeries({
    gait: () => this.normalGaitInput,
    stance: () => this.normalStanceInput,
    dropRangeRad: () => this.dropRangeRad,
    compensations: () => [this.normalStanceInput.compensation],
  });
  // The population (about a second each) is solved a strength at a time, in later tasks.
  #population = new PopulationRun();
  #normalPopulation = new PopulationRun();
  populationSeries = $derived(this.#population.series(this.stanceInput));
  /**
   * The normal body's population: the current one's curve when only the strengths it sweeps tell
   * them apart (the normal body of the presets), else solved only after the current one (which the
   * plot is about) is complete.
   */
  normalPopulationSeries = $derived.by(() => {
    const current = this.populationSeries;
    if (sameCurve(this.normalStanceInput, this.stanceInput))
      return populationSeriesOf(this.normalStanceInput, current.points, undefined);
    return current.points.length < current.strengthsPct.length
      ? populationSeriesOf(this.normalStanceInput, [], undefined)
      : this.#normalPopulation.series(this.normalStanceInput);
  });

  // "Block the nerve" (src/lib/nerveBlock.ts): the stance the block was started on, the time in
  // its course, s, whether it plays, and how fast (1 = real time). The animation clock lives in
  // src/components/NerveBlockBar.svelte.
  blockInput = $state.raw<StanceInput | undefined>(undefined);
  blockTimeS = $state(0);
  blockPlaying = $state(false);
  blockSpeed = $state(1);
  /** The block is shown: started on this very stance, in the stance view. */
  blockShown = $derived(
    this.blockInput !== undefined &&
      this.blockInput === this.stanceInput &&
      this.view.mode === 'stance',
  );
  /** The instant of the block shown, if it is. */
  blockSample = $derived(
    this.blockShown ? blockSampleAt(this.nerveBlockSeries, this.blockTimeS) : undefined,
  );
  /** The figure at that instant. */
  blockFig = $derived(this.blockSample && nerveBlockPose(this.stance, this.blockSample));

  /** The plots' series of the scenario, by plot name. */
  readonly plotSeries: SeriesSource = {
    ...this.#series,
    population: () => this.populationSeries,
  };
  /** The plots' series of the normal body, by plot name. */
  readonly normalPlotSeries: SeriesSource = {
    ...this.#normalSeries,
    population: () => this.normalPopulationSeries,
  };

  /** The time course of a sudden nerve block to the scenario's strengths (about 0.1 s to solve). */
  get nerveBlockSeries(): NerveBlockSeries {
    return this.#series['nerve-block']();
  }

  /** The scenario shown; it changes only through {@link setScenario}. */
  get scenario(): Scenario {
    return this.#scenario;
  }

  /**
   * The one door for the scenario, whatever its source (a control, a link, a file, storage, a
   * preset): a scenario the rules refuse never becomes the app's state.
   * @returns why `next` was refused (the state is then unchanged), or undefined
   */
  setScenario(next: Scenario): string | undefined {
    const why = scenarioProblem(next);
    if (why === undefined) this.#scenario = next;
    return why;
  }

  /** Replaces the stance input (a hand-made change clears the preset); why not, if refused. */
  setStance(stance: StanceInput): string | undefined {
    return this.setScenario({ ...this.scenario, stance, presetId: undefined });
  }

  setView(patch: Partial<ViewState>): void {
    this.view = { ...this.view, ...patch };
  }

  /** Chooses a preset; why not, if the rules refuse it with this body (or it is unknown). */
  choosePreset(id: string): string | undefined {
    const s = applyPreset(this.scenario.stance, id);
    if (!s) return `no preset "${id}"`;
    return this.setScenario({ ...this.scenario, stance: s, presetId: id });
  }

  reset(): void {
    this.playing = false;
    this.#scenario = DEFAULT_SCENARIO;
    this.view = DEFAULT_VIEW;
    this.notes = [];
    this.blockInput = undefined;
    this.blockPlaying = false;
  }
}
