/**
 * Scenario and sequence files: JSON with a format name and a version, validated on import by the
 * same option schema as URLs and the command line. A bad, foreign or newer file is refused with a
 * clear message; nothing is changed until a whole file is valid.
 */
import { fieldByKey, valuesFromOptions } from '../../sim/index.ts';
import { scenarioOptions } from './scenarioOptions.ts';
import { DEFAULT_SCENARIO, type Mode, type Scenario } from './scenario.ts';

export const SCENARIO_FORMAT = 'trendelenburg-lab/scenario';
export const SEQUENCE_FORMAT = 'trendelenburg-lab/sequence';
/** Version written by this app; files with a higher version are refused. */
export const FILE_VERSION = 1;
/** Largest file accepted, bytes. */
export const MAX_FILE_BYTES = 1_000_000;
const MAX_STEPS = 100;
const MAX_TEXT = 500;

/** One step of a lecture sequence. */
export interface SequenceStep {
  readonly caption: string;
  /** Shown before the answer in "predict, then reveal". */
  readonly question?: string | undefined;
  readonly scenario: Scenario;
  readonly mode: Mode;
}

/** A lecture sequence. */
export interface Sequence {
  readonly title: string;
  readonly steps: readonly SequenceStep[];
}

/** Outcome of reading a file. */
export type FileRead =
  | {
      readonly ok: true;
      readonly kind: 'scenario';
      readonly scenario: Scenario;
      readonly mode: Mode;
    }
  | { readonly ok: true; readonly kind: 'sequence'; readonly sequence: Sequence }
  | { readonly ok: false; readonly reason: string };

/** The scenario as it is written in files (option texts, as on the command line). */
function scenarioJson(s: Scenario): Record<string, string> {
  return scenarioOptions(s.stance, s.affectedSide, true);
}

/** File text of one scenario. */
export function scenarioFileText(s: Scenario, mode: Mode): string {
  return `${JSON.stringify(
    { format: SCENARIO_FORMAT, version: FILE_VERSION, mode, scenario: scenarioJson(s) },
    null,
    2,
  )}\n`;
}

/** File text of a sequence. */
export function sequenceFileText(q: Sequence): string {
  return `${JSON.stringify(
    {
      format: SEQUENCE_FORMAT,
      version: FILE_VERSION,
      title: q.title,
      steps: q.steps.map((st) => ({
        caption: st.caption,
        ...(st.question ? { question: st.question } : {}),
        mode: st.mode,
        scenario: scenarioJson(st.scenario),
      })),
    },
    null,
    2,
  )}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the scenario object of a file (option name → text). */
export function readScenario(
  v: unknown,
  where: string,
): { ok: true; value: Scenario } | { ok: false; reason: string } {
  if (!isObject(v))
    return { ok: false, reason: `${where}: "scenario" must be an object of settings` };
  const options = new Map<string, string>();
  for (const [k, val] of Object.entries(v)) {
    if (typeof val !== 'string' && typeof val !== 'number')
      return {
        ok: false,
        reason: `${where}: setting "${k.slice(0, 40)}" must be a number or text`,
      };
    options.set(k, String(val));
  }
  const r = valuesFromOptions(DEFAULT_SCENARIO, options, fieldByKey);
  if (!r.ok) return { ok: false, reason: `${where}: ${r.reason.replace(/--/g, '')}` };
  const { stance, affectedSide } = r.value;
  return { ok: true, value: { stance, affectedSide, presetId: undefined } };
}

function readMode(v: unknown): Mode | undefined {
  return v === undefined ? 'stance' : v === 'stance' || v === 'gait' ? v : undefined;
}

function text(
  v: unknown,
  name: string,
  required: boolean,
): { ok: true; value: string | undefined } | { ok: false; reason: string } {
  if (v === undefined && !required) return { ok: true, value: undefined };
  if (typeof v !== 'string') return { ok: false, reason: `"${name}" must be text` };
  if (v.length > MAX_TEXT)
    return { ok: false, reason: `"${name}" is longer than ${MAX_TEXT} characters` };
  return { ok: true, value: v };
}

/** Reads a scenario or sequence file; never throws. */
export function readFile(content: string): FileRead {
  if (content.length > MAX_FILE_BYTES)
    return {
      ok: false,
      reason: `The file is larger than ${MAX_FILE_BYTES / 1_000_000} MB: not a Trendelenburg Lab file.`,
    };
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON (is it damaged or cut short?).' };
  }
  if (!isObject(data) || (data.format !== SCENARIO_FORMAT && data.format !== SEQUENCE_FORMAT))
    return { ok: false, reason: 'This is not a Trendelenburg Lab scenario or sequence file.' };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'The file has no valid version number.' };
  if (version > FILE_VERSION)
    return {
      ok: false,
      reason: `The file comes from a newer version of Trendelenburg Lab (file version ${version}, this app reads up to ${FILE_VERSION}): please update the app.`,
    };
  if (data.format === SCENARIO_FORMAT) {
    const mode = readMode(data.mode);
    if (!mode) return { ok: false, reason: '"mode" must be stance or gait.' };
    const s = readScenario(data.scenario, 'Scenario');
    return s.ok
      ? { ok: true, kind: 'scenario', scenario: s.value, mode }
      : { ok: false, reason: `${s.reason}.` };
  }
  const title = text(data.title ?? 'Sequence', 'title', true);
  if (!title.ok) return { ok: false, reason: `${title.reason}.` };
  if (!Array.isArray(data.steps) || data.steps.length === 0)
    return { ok: false, reason: 'The sequence has no steps.' };
  if (data.steps.length > MAX_STEPS)
    return { ok: false, reason: `The sequence has more than ${MAX_STEPS} steps.` };
  const steps: SequenceStep[] = [];
  for (const [i, raw] of data.steps.entries()) {
    const where = `Step ${i + 1}`;
    if (!isObject(raw)) return { ok: false, reason: `${where} is not an object.` };
    const caption = text(raw.caption, 'caption', true);
    if (!caption.ok) return { ok: false, reason: `${where}: ${caption.reason}.` };
    const question = text(raw.question, 'question', false);
    if (!question.ok) return { ok: false, reason: `${where}: ${question.reason}.` };
    const mode = readMode(raw.mode);
    if (!mode) return { ok: false, reason: `${where}: "mode" must be stance or gait.` };
    const s = readScenario(raw.scenario, where);
    if (!s.ok) return { ok: false, reason: `${s.reason}.` };
    steps.push({ caption: caption.value ?? '', question: question.value, scenario: s.value, mode });
  }
  return { ok: true, kind: 'sequence', sequence: { title: title.value ?? 'Sequence', steps } };
}
