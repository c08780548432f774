/**
 * Scenario and sequence files: JSON with a format name and a version, validated on import by the
 * same option schema as URLs and the command line, within the caps of sim/fields/caps.ts. A bad,
 * foreign or newer file is refused with a clear message; nothing is changed until a whole file is
 * valid. The same text is what browser storage keeps.
 */
import { CAPS, fieldByKey, quoteForMessage, valuesFromOptions } from '../../sim/index.ts';
import { ID_PATTERN, newId } from './ids.ts';
import { scenarioOptions } from './scenarioOptions.ts';
import { DEFAULT_SCENARIO, type Mode, type Scenario } from './scenario.ts';

export const SCENARIO_FORMAT = 'trendelenburg-lab/scenario';
export const SEQUENCE_FORMAT = 'trendelenburg-lab/sequence';
/** Version written by this app; files with a higher version are refused. */
export const FILE_VERSION = 1;

/** One step of a lecture sequence. */
export interface SequenceStep {
  /** Unique within its sequence; kept in files, so that two windows editing it agree. */
  readonly id: string;
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
  | {
      readonly ok: false;
      readonly reason: string;
      /** Written by a newer version of the app (to be left alone for it). */
      readonly newer?: true;
    };

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
        id: st.id,
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
        reason: `${where}: setting "${quoteForMessage(k)}" must be a number or text`,
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
  if (v.length > CAPS.textChars)
    return { ok: false, reason: `"${name}" is longer than ${CAPS.textChars} characters` };
  return { ok: true, value: v };
}

/** Whether `content` is over the file cap, in bytes of UTF-8 (counted only when it could be). */
export function overFileCap(content: string): boolean {
  // UTF-8 takes 1-3 bytes per UTF-16 unit: decide from the length when that is enough.
  if (content.length > CAPS.fileBytes) return true;
  if (content.length * 3 <= CAPS.fileBytes) return false;
  return new TextEncoder().encode(content).length > CAPS.fileBytes;
}

/** The steps' ids: each step's own if it is well formed and not taken, else a new one. */
function uniqueIds(raw: readonly unknown[]): string[] {
  const taken = new Set<string>();
  return raw.map((id) => {
    const ok = typeof id === 'string' && ID_PATTERN.test(id) && !taken.has(id);
    const chosen = ok ? id : newId();
    taken.add(chosen);
    return chosen;
  });
}

/**
 * The last texts read and what they gave: storage reads back the text it just wrote, and a
 * 100-step sequence takes milliseconds to check.
 */
const recentlyRead = new Map<string, FileRead>();
const REMEMBERED_READS = 4;

/** Reads a scenario or sequence file; never throws. */
export function readFile(content: string): FileRead {
  const known = recentlyRead.get(content);
  if (known) return known;
  const r = readFresh(content);
  recentlyRead.set(content, r);
  if (recentlyRead.size > REMEMBERED_READS) recentlyRead.delete(recentlyRead.keys().next().value!);
  return r;
}

function readFresh(content: string): FileRead {
  if (overFileCap(content))
    return {
      ok: false,
      reason: `The file is larger than ${CAPS.fileBytes / 1_000_000} MB: not a Trendelenburg Lab file.`,
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
      newer: true,
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
  if (data.steps.length > CAPS.sequenceSteps)
    return { ok: false, reason: `The sequence has more than ${CAPS.sequenceSteps} steps.` };
  const ids = uniqueIds(data.steps.map((st: unknown) => (isObject(st) ? st.id : undefined)));
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
    steps.push({
      id: ids[i] ?? newId(),
      caption: caption.value ?? '',
      question: question.value,
      scenario: s.value,
      mode,
    });
  }
  return { ok: true, kind: 'sequence', sequence: { title: title.value ?? 'Sequence', steps } };
}

/**
 * Why sequence `q` could not be written and read back (too many steps, a caption too long, a
 * scenario the rules refuse), or undefined: the check before anything keeps or exports it.
 */
export function sequenceProblem(q: Sequence): string | undefined {
  const r = readFile(sequenceFileText(q));
  return r.ok ? undefined : r.reason;
}
