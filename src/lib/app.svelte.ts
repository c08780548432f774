/**
 * The app's state: the scenario and view (replaced wholesale: $state.raw) and everything derived
 * from them by the model. The only effects live in App.svelte (URL, animation clock).
 */
import { gaitFigure, stanceFigure } from '../render/figure/pose/index.ts';
import {
  affectedStanceInput,
  applyPreset,
  buildGait,
  DEFAULT_GAIT,
  normalBody,
  sampleGait,
  solveStance,
  type GaitInput,
  type StanceInput,
} from '../../sim/index.ts';
import { DEFAULT_SCENARIO, DEFAULT_VIEW, type Scenario, type ViewState } from './scenario.ts';

export class AppState {
  scenario = $state.raw<Scenario>(DEFAULT_SCENARIO);
  view = $state.raw<ViewState>(DEFAULT_VIEW);
  playing = $state(false);
  notes = $state.raw<string[]>([]);

  gaitInput = $derived<GaitInput>({
    ...DEFAULT_GAIT,
    stance: this.scenario.stance,
    affectedSide: this.scenario.affectedSide,
  });
  /** The stance the readouts and the single-leg-stance figure show: on the affected side. */
  stanceInput = $derived<StanceInput>(affectedStanceInput(this.gaitInput));
  stance = $derived(solveStance(this.stanceInput));
  stanceFig = $derived(stanceFigure(this.stance));
  normalStance = $derived(solveStance(normalBody(this.stanceInput)));
  normalFig = $derived(stanceFigure(this.normalStance));

  gait = $derived(buildGait(this.gaitInput));
  normalGait = $derived(buildGait({ ...this.gaitInput, stance: normalBody(this.scenario.stance) }));
  sample = $derived(sampleGait(this.gait, this.view.cyclePct / 100));
  gaitFig = $derived(gaitFigure(this.gait, this.sample));
  normalGaitFig = $derived(
    gaitFigure(this.normalGait, sampleGait(this.normalGait, this.view.cyclePct / 100)),
  );

  /** Replaces the stance input (a hand-made change clears the preset). */
  setStance(stance: StanceInput): void {
    this.scenario = { ...this.scenario, stance, presetId: undefined };
  }

  setView(patch: Partial<ViewState>): void {
    this.view = { ...this.view, ...patch };
  }

  choosePreset(id: string): void {
    const s = applyPreset(this.scenario.stance, id);
    if (s) this.scenario = { ...this.scenario, stance: s, presetId: id };
  }

  reset(): void {
    this.scenario = DEFAULT_SCENARIO;
    this.view = DEFAULT_VIEW;
    this.playing = false;
    this.notes = [];
  }
}
