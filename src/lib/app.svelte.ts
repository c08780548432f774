/**
 * The app's state: the scenario and view (replaced wholesale: $state.raw) and everything derived
 * from them by the model. The only effects live in App.svelte (URL, animation clock).
 */
import {
  applyPreset,
  buildGait,
  DEFAULT_STANCE,
  gaitFigure,
  sampleGait,
  solveStance,
  stanceFigure,
  type GaitInput,
  type StanceInput,
} from '../../sim/index.ts';
import { DEFAULT_SCENARIO, DEFAULT_VIEW, type Scenario, type ViewState } from './scenario.ts';

/** The healthy body with the same mass, height and sex (the comparison posture). */
export function normalOf(s: StanceInput): StanceInput {
  return {
    ...DEFAULT_STANCE,
    bodyMassKg: s.bodyMassKg,
    heightM: s.heightM,
    sex: s.sex,
    stanceSide: s.stanceSide,
  };
}

const CADENCE = 105;

export class AppState {
  scenario = $state.raw<Scenario>(DEFAULT_SCENARIO);
  view = $state.raw<ViewState>(DEFAULT_VIEW);
  playing = $state(false);
  notes = $state.raw<string[]>([]);

  /** The stance the readouts and the single-leg-stance figure show: on the affected side. */
  stanceInput = $derived<StanceInput>({
    ...this.scenario.stance,
    stanceSide: this.scenario.affectedSide === 'left' ? 'left' : 'right',
  });
  stance = $derived(solveStance(this.stanceInput));
  stanceFig = $derived(stanceFigure(this.stance));
  normalStance = $derived(solveStance(normalOf(this.stanceInput)));
  normalFig = $derived(stanceFigure(this.normalStance));

  gaitInput = $derived<GaitInput>({
    stance: this.scenario.stance,
    affectedSide: this.scenario.affectedSide,
    cadenceStepsPerMin: CADENCE,
    events: { oppositeFootOff: 0.14, oppositeFootContact: 0.5, footOff: 0.64 },
  });
  gait = $derived(buildGait(this.gaitInput));
  normalGait = $derived(buildGait({ ...this.gaitInput, stance: normalOf(this.scenario.stance) }));
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
