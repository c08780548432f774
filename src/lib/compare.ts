/**
 * What the app compares the scenario with: nothing, the normal body (the scenario's body with
 * normal hips, which follows the body's mass, height and sex), or a pinned scenario kept in the
 * view state as URL query text, so a link carries it. The ghost, the side-by-side figure and the
 * plots' dashed curves all show the same comparison, under the same label.
 */
import { normalBody, PRESETS, type AffectedSide, type StanceInput } from '../../sim/index.ts';
import { DEFAULT_VIEW, fromQuery, toQuery, type Scenario, type ViewState } from './scenario.ts';

/** The scenario compared with, and what to call it. */
export interface Comparison {
  readonly stance: StanceInput;
  readonly affectedSide: AffectedSide;
  /** Its name on the figures, the plots' legends and the CSV header ("Normal", "Coxa vara"). */
  readonly label: string;
}

/** A scenario's name: its preset's, or "Custom settings" for settings changed by hand. */
export function scenarioLabel(s: Scenario): string {
  return PRESETS.find((p) => p.id === s.presetId)?.name ?? 'Custom settings';
}

/** The last pinned text read, and what it gave (read once, not on every animation frame). */
let last: { text: string; scenario: Scenario; notes: readonly string[] } | undefined;

/** The pinned scenario of `text` (URL query text) and a note for each value it refused. */
export function readPinned(text: string): { scenario: Scenario; notes: readonly string[] } {
  if (last?.text !== text) {
    const q = fromQuery(text);
    last = { text, scenario: q.scenario, notes: q.notes.map((n) => `Pinned scenario: ${n}`) };
  }
  return last;
}

/** The pinned scenario of a view, if one is pinned. */
export function pinnedScenario(view: ViewState): Scenario | undefined {
  return view.pinned === undefined ? undefined : readPinned(view.pinned).scenario;
}

/** The view with `scenario` pinned and compared with. */
export function pinScenario(view: ViewState, scenario: Scenario): ViewState {
  return { ...view, pin: 'pinned', pinned: toQuery(scenario, DEFAULT_VIEW) };
}

/**
 * What `scenario` is compared with under `view`: the pinned scenario when it is chosen, else
 * the normal body (also when the plots compare with nothing, for the figure's ghost).
 */
export function comparisonOf(scenario: Scenario, view: ViewState): Comparison {
  const pinned = view.pin === 'pinned' ? pinnedScenario(view) : undefined;
  if (pinned)
    return {
      stance: pinned.stance,
      affectedSide: pinned.affectedSide,
      label: `${scenarioLabel(pinned)} (pinned)`,
    };
  return {
    stance: normalBody(scenario.stance),
    affectedSide: scenario.affectedSide,
    label: 'Normal',
  };
}
