/**
 * A stateful property test of the app's state and its storage, with fast-check's model-based
 * commands: two windows of the app over one storage, driven by random sequences of control
 * changes (valid and refused), remember, forget, add, move and remove a step, open a scenario or
 * sequence file, undo, reload, entries damaged or written by a newer version, and storage events
 * that reach the other window late. After every command: the app's state reads back; what is
 * stored reads back to itself and is what the model says; nothing saved has disappeared (the
 * oldest recent scenario beyond the cap, and the sequence before the one replaced before last,
 * give way by design); a window that has heard every event shows what is stored.
 *
 * Longer than most files: the model, its checks and its twelve commands only make sense together.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  applyField,
  CAPS,
  FIELDS,
  holdToRules,
  settle,
  type NumberField,
} from '../../sim/index.ts';
import { scenarioProblem, type Mode, type Scenario } from '../../src/lib/scenario.ts';
import {
  readFile,
  scenarioFileText,
  sequenceFileText,
  type Sequence,
} from '../../src/lib/scenarioFile.ts';
import { scenarioOptions } from '../../src/lib/scenarioOptions.ts';
import { DEFAULT_SEQUENCE } from '../../src/lib/sequence.ts';
import {
  memoryStore,
  RECENT_PREFIX,
  SEQUENCE_BEFORE_KEY,
  SEQUENCE_KEY,
} from '../../src/lib/storage.ts';
import { openPage } from '../components/page.ts';
import { optionText } from './arbitraries.ts';

/** Runs of the property, each up to MAX_COMMANDS commands. */
const RUNS = 150;
const MAX_COMMANDS = 30;

type Window = ReturnType<typeof openPage>;
type Store = ReturnType<typeof memoryStore>;

/** What the app keeps, as the model sees it: ids as observed, scenarios as their option texts. */
interface ModelStep {
  readonly id: string;
  readonly caption: string;
  readonly body: string;
}
interface ModelSequence {
  readonly title: string;
  readonly steps: readonly ModelStep[];
}
interface Model {
  /** Readable recent scenarios, oldest first. */
  recents: { id: string; name: string; body: string }[];
  /** The stored sequence: readable, from a newer version, or none readable. */
  sequence: ModelSequence | 'newer' | undefined;
  /** The sequence the last opened file replaced. */
  before: ModelSequence | undefined;
  /** Raw texts (damaged or newer entries) that must stay somewhere in storage. */
  kept: string[];
}
interface Real {
  store: Store;
  windows: Window[];
  /** Storage events not yet delivered, per window. */
  pending: (string | null)[][];
  clock: number;
  junk: number;
}

const body = (s: Scenario, mode: Mode, question?: string) =>
  JSON.stringify({ mode, question, options: scenarioOptions(s.stance, s.affectedSide, true) });
const model = (q: Sequence): ModelSequence => ({
  title: q.title,
  steps: q.steps.map((s) => ({
    id: s.id,
    caption: s.caption,
    body: body(s.scenario, s.mode, s.question),
  })),
});

/** Runs `f` in window `w`; every key it changed in storage becomes an event for the others. */
function inWindow(r: Real, w: number, f: () => void): void {
  r.clock += 1000;
  vi.setSystemTime(r.clock);
  const before = { ...r.store.data };
  f();
  const keys = new Set([...Object.keys(before), ...Object.keys(r.store.data)]);
  for (const k of keys)
    if (before[k] !== r.store.data[k])
      r.pending.forEach((p, i) => {
        if (i !== w) p.push(k);
      });
}

/** The readable recent scenarios in storage, oldest first. */
function storedRecents(s: Store) {
  return Object.entries(s.data)
    .filter(([k]) => k.startsWith(RECENT_PREFIX))
    .flatMap(([k, raw]) => {
      const r = readFile(raw);
      if (!r.ok || r.kind !== 'scenario') return [];
      const { name, savedAt } = JSON.parse(raw) as { name: string; savedAt: string };
      // What is stored reads back to itself.
      expect(JSON.parse(scenarioFileText(r.scenario, r.mode)).scenario).toEqual(
        JSON.parse(raw).scenario,
      );
      return [{ id: k.slice(RECENT_PREFIX.length), name, savedAt, body: body(r.scenario, r.mode) }];
    })
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id))
    .map(({ id, name, body: b }) => ({ id, name, body: b }));
}

/** The sequence stored under `key` as the model sees it, checking that it reads back to itself. */
function storedSequence(s: Store, key: string): ModelSequence | 'newer' | undefined {
  const raw = s.data[key];
  if (raw === undefined) return undefined;
  const r = readFile(raw);
  if (!r.ok) return r.newer ? 'newer' : undefined;
  if (r.kind !== 'sequence') return undefined;
  expect(sequenceFileText(r.sequence)).toBe(raw);
  return model(r.sequence);
}

/** The sequence an edit in window `w` starts from: as stored if readable, else as shown there. */
const base = (m: Model, w: Window): ModelSequence =>
  typeof m.sequence === 'object' ? m.sequence : model(w.lecture.sequence);

function checkAll(m: Model, r: Real): void {
  for (const w of r.windows) expect(scenarioProblem(w.app.scenario)).toBeUndefined();
  const recents = storedRecents(r.store);
  expect(recents).toEqual(m.recents);
  expect(storedSequence(r.store, SEQUENCE_KEY)).toEqual(m.sequence);
  expect(storedSequence(r.store, SEQUENCE_BEFORE_KEY)).toEqual(m.before);
  const values = Object.values(r.store.data);
  for (const text of m.kept) expect(values).toContain(text);
  r.windows.forEach((w, i) => {
    if (r.pending[i]!.length) return;
    expect(w.saved.recent.map((e) => e.id)).toEqual(recents.map((e) => e.id).reverse());
    if (typeof m.sequence === 'object') expect(model(w.lecture.sequence)).toEqual(m.sequence);
  });
  // A reload (of a copy, so as to disturb nothing) shows what is stored.
  const fresh = openPage(memoryStore(r.store.data));
  expect(fresh.saved.recent.map((e) => e.id)).toEqual(recents.map((e) => e.id).reverse());
  expect(model(fresh.lecture.sequence)).toEqual(
    typeof m.sequence === 'object' ? m.sequence : model(DEFAULT_SEQUENCE),
  );
}

type Cmd = fc.Command<Model, Real>;
const command = (name: string, run: (m: Model, r: Real) => void): Cmd => ({
  check: () => true,
  run: (m, r) => {
    run(m, r);
    checkAll(m, r);
  },
  toString: () => name,
});

const win = fc.constantFrom(0, 1);
const controlled = FIELDS.filter((f) => f.control);
const numbers = controlled.filter((f): f is NumberField => f.kind === 'number');

/** A setting typed or chosen: plausible, out of range or hostile; refused ones change nothing. */
const control = fc
  .tuple(
    win,
    fc.constantFrom(...controlled).chain((f) => fc.tuple(fc.constant(f), optionText(f))),
  )
  .map(([w, [f, text]]) =>
    command(`control(${w}, ${f.key}, ${JSON.stringify(text)})`, (_m, r) => {
      const app = r.windows[w]!.app;
      const before = app.scenario;
      const p = applyField(before, f, text, f.key);
      if (!p.ok) return;
      const next = settle(p.value, f.key);
      const refused = app.setScenario({ ...next, presetId: undefined });
      expect(app.scenario).toBe(refused ? before : app.scenario);
      if (!refused) expect(app.scenario.stance).toBe(next.stance);
    }),
  );

/** A slider moved anywhere on its range: held by the rules, never refused. */
const slide = fc
  .tuple(
    win,
    fc
      .constantFrom(...numbers)
      .chain((f) => fc.tuple(fc.constant(f), fc.double({ min: f.min, max: f.max, noNaN: true }))),
  )
  .map(([w, [f, d]]) =>
    command(`slide(${w}, ${f.key}, ${d})`, (_m, r) => {
      const app = r.windows[w]!.app;
      const held = holdToRules(app.scenario, f, f.fromDisplay(d), 1e-3);
      expect(
        app.setScenario({ ...app.scenario, ...held.values, presetId: undefined }),
      ).toBeUndefined();
    }),
  );

const remember = fc.tuple(win, fc.string({ maxLength: 100 })).map(([w, name]) =>
  command(`remember(${w}, ${JSON.stringify(name)})`, (m, r) => {
    const page = r.windows[w]!;
    const ids = new Set(storedRecents(r.store).map((e) => e.id));
    inWindow(r, w, () => page.saved.remember(name, page.app.scenario, page.app.view.mode));
    const added = storedRecents(r.store).filter((e) => !ids.has(e.id));
    expect(added).toHaveLength(1);
    m.recents.push({
      id: added[0]!.id,
      name: name.slice(0, CAPS.nameChars),
      body: body(page.app.scenario, page.app.view.mode),
    });
    m.recents = m.recents.slice(-CAPS.recentScenarios);
  }),
);

const forget = fc.tuple(win, fc.nat()).map(([w, i]) =>
  command(`forget(${w}, ${i})`, (m, r) => {
    const list = r.windows[w]!.saved.recent;
    const id = list[i % Math.max(1, list.length)]?.id;
    if (id === undefined) return;
    inWindow(r, w, () => r.windows[w]!.saved.forget(id));
    m.recents = m.recents.filter((e) => e.id !== id);
  }),
);

/** Applies a sequence edit to the model, as the window applies it to storage. */
function edit(
  m: Model,
  r: Real,
  w: number,
  run: (page: Window) => void,
  change: (q: ModelSequence, page: Window) => ModelSequence | undefined,
) {
  const page = r.windows[w]!;
  const from = base(m, page);
  inWindow(r, w, () => run(page));
  const next = change(from, page);
  if (next && m.sequence !== 'newer') m.sequence = next;
  if (next) expect(model(page.lecture.sequence)).toEqual(next);
}

const addStep = fc
  .tuple(win, fc.oneof(fc.string({ maxLength: 40 }), fc.constant('x'.repeat(CAPS.textChars + 1))))
  .map(([w, caption]) =>
    command(`addStep(${w}, ${JSON.stringify(caption.slice(0, 50))})`, (m, r) =>
      edit(
        m,
        r,
        w,
        (page) =>
          page.saved.addStep({ caption, scenario: page.app.scenario, mode: page.app.view.mode }),
        (q, page) => {
          if (q.steps.length >= CAPS.sequenceSteps || caption.length > CAPS.textChars)
            return undefined;
          const added = page.lecture.sequence.steps.at(-1)!;
          return {
            ...q,
            steps: [
              ...q.steps,
              { id: added.id, caption, body: body(page.app.scenario, page.app.view.mode) },
            ],
          };
        },
      ),
    ),
  );

const moveOrRemove = fc.tuple(win, fc.nat(), fc.constantFrom(-1, 1, 0)).map(([w, i, by]) =>
  command(`${by ? `move(${by})` : 'remove'}(${w}, ${i})`, (m, r) => {
    const shown = r.windows[w]!.lecture.sequence.steps;
    const id = shown[i % shown.length]!.id;
    edit(
      m,
      r,
      w,
      (page) => (by ? page.saved.moveStep(id, by) : page.saved.removeStep(id)),
      (q) => {
        const steps = [...q.steps];
        if (!by) return q.steps.length > 1 ? { ...q, steps: steps.filter((s) => s.id !== id) } : q;
        const at = steps.findIndex((s) => s.id === id);
        const [s] = at >= 0 ? steps.splice(at, 1) : [];
        if (s) steps.splice(Math.max(0, Math.min(steps.length, at + by)), 0, s);
        return { ...q, steps };
      },
    );
  }),
);

/** A sequence file: some of the built-in steps under new ids and captions. */
const sequenceFile = fc
  .tuple(
    fc.string({ maxLength: 30 }),
    fc.uniqueArray(fc.nat(DEFAULT_SEQUENCE.steps.length - 1), { minLength: 1 }),
  )
  .map(([title, picks]): Sequence => ({
    title,
    steps: picks.map((p, i) => ({
      ...DEFAULT_SEQUENCE.steps[p]!,
      id: `file-${i}`,
      caption: `${title} ${i}`,
    })),
  }));

const openSequence = fc.tuple(win, sequenceFile).map(([w, q]) =>
  command(`openSequence(${w}, ${JSON.stringify(q.title)}, ${q.steps.length})`, (m, r) => {
    const page = r.windows[w]!;
    const old = base(m, page);
    const read = readFile(sequenceFileText(q));
    if (!read.ok || read.kind !== 'sequence') throw new Error('a generated file must read');
    inWindow(r, w, () => expect(page.saved.replaceSequence(read.sequence, 'f.json')).toBe(true));
    m.before = old;
    if (m.sequence !== 'newer') m.sequence = model(read.sequence);
  }),
);

const undo = win.map((w) =>
  command(`undo(${w})`, (m, r) => {
    const page = r.windows[w]!;
    const back = m.before;
    if (!back) return;
    const now = base(m, page);
    inWindow(r, w, () => page.saved.undoReplace());
    m.before = now;
    if (m.sequence !== 'newer') m.sequence = back;
  }),
);

const openScenario = fc
  .tuple(
    win,
    fc.constantFrom(...controlled).chain((f) => fc.tuple(fc.constant(f.key), optionText(f))),
  )
  .map(([w, [key, text]]) =>
    command(`openScenario(${w}, ${key}=${JSON.stringify(text)})`, (_m, r) => {
      const file = JSON.stringify({
        format: 'trendelenburg-lab/scenario',
        version: 1,
        scenario: { [key]: text },
      });
      const read = readFile(file);
      const app = r.windows[w]!.app;
      const before = app.scenario;
      if (read.ok && read.kind === 'scenario')
        expect(app.setScenario(read.scenario)).toBeUndefined();
      else expect(app.scenario).toBe(before);
    }),
  );

const reload = win.map((w) =>
  command(`reload(${w})`, (_m, r) => {
    inWindow(r, w, () => (r.windows[w] = openPage(r.store)));
    r.pending[w] = [];
  }),
);

const deliver = win.map((w) =>
  command(`deliver(${w})`, (_m, r) => {
    const keys = r.pending[w]!;
    r.pending[w] = [];
    for (const k of keys) inWindow(r, w, () => r.windows[w]!.saved.fromOtherWindow(k));
  }),
);

/** Another program (a damaged copy, a newer version of the app) writes to the storage. */
const corrupt = fc
  .constantFrom('junk-recent', 'newer-recent', 'junk-sequence', 'newer-sequence')
  .map((kind) =>
    command(`corrupt(${kind})`, (m, r) => {
      const n = ++r.junk;
      const newer = (text: string) => text.replace('"version": 1', '"version": 2');
      const [key, text] =
        kind === 'junk-recent'
          ? [`${RECENT_PREFIX}junk${n}`, `{"broken": ${n}`]
          : kind === 'newer-recent'
            ? [
                `${RECENT_PREFIX}newer${n}`,
                JSON.stringify({
                  ...JSON.parse(newer(scenarioFileText(r.windows[0]!.app.scenario, 'stance'))),
                  name: `n${n}`,
                  savedAt: 'later',
                }),
              ]
            : kind === 'junk-sequence'
              ? [SEQUENCE_KEY, `[${n}`]
              : [
                  SEQUENCE_KEY,
                  newer(sequenceFileText({ ...DEFAULT_SEQUENCE, title: `newer ${n}` })),
                ];
      // What that program overwrites is its own doing, not the app's loss.
      const overwritten = r.store.data[key];
      m.kept = m.kept.filter((t) => t !== overwritten);
      r.store.data[key] = text;
      r.pending.forEach((p) => p.push(key));
      m.kept.push(text);
      if (key === SEQUENCE_KEY) m.sequence = kind === 'newer-sequence' ? 'newer' : undefined;
    }),
  );

describe('the app’s state and storage under random use in two windows', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it(`keep what is stored readable, as modelled, and lose nothing (${RUNS} runs of up to ${MAX_COMMANDS} commands)`, () => {
    const commands = [
      control,
      slide,
      remember,
      forget,
      addStep,
      moveOrRemove,
      openSequence,
      undo,
      openScenario,
      reload,
      deliver,
      corrupt,
    ];
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: MAX_COMMANDS }), (cmds) => {
        const store = memoryStore();
        const real: Real = {
          store,
          windows: [],
          pending: [[], []],
          clock: Date.UTC(2026, 0, 1),
          junk: 0,
        };
        vi.setSystemTime(real.clock);
        real.windows = [openPage(store), openPage(store)];
        const m: Model = { recents: [], sequence: undefined, before: undefined, kept: [] };
        fc.modelRun(() => ({ model: m, real }), cmds);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
