// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sequenceFileText } from '../../src/lib/scenarioFile.ts';
import { DEFAULT_SEQUENCE } from '../../src/lib/sequence.ts';
import {
  memoryStore,
  RECENT_PREFIX,
  SEQUENCE_BEFORE_KEY,
  SEQUENCE_KEY,
  storedSequence,
} from '../../src/lib/storage.ts';
import { openPage, said } from './page.ts';

const step = (caption: string, page: ReturnType<typeof openPage>) => ({
  caption,
  scenario: page.app.scenario,
  mode: 'stance' as const,
});
const captions = (q = DEFAULT_SEQUENCE) => q.steps.map((s) => s.caption);

describe('saved work in two windows', () => {
  // Issue 11, defect 5: the last window to write used to win.
  it('merges sequence edits made in two windows, even before either hears of the other', () => {
    const s = memoryStore();
    const a = openPage(s);
    const b = openPage(s);
    a.saved.addStep(step('from A', a));
    b.saved.addStep(step('from B', b));
    const stored = captions(storedSequence(s));
    expect(stored.slice(-2)).toEqual(['from A', 'from B']);
    expect(captions(b.lecture.sequence)).toEqual(stored);
    a.saved.fromOtherWindow(SEQUENCE_KEY);
    expect(captions(a.lecture.sequence)).toEqual(stored);
    expect(said(a).at(-1)).toContain('changed in another window');
  });

  it('shows recent scenarios remembered in another window', () => {
    const s = memoryStore();
    const a = openPage(s);
    const b = openPage(s);
    a.saved.remember('from A', a.app.scenario, 'stance');
    b.saved.remember('from B', b.app.scenario, 'stance');
    a.saved.fromOtherWindow(`${RECENT_PREFIX}x`);
    expect(a.saved.recent.map((r) => r.name).sort()).toEqual(['from A', 'from B']);
  });

  it('takes in another window’s sequence with a way to keep this window’s instead', () => {
    const s = memoryStore();
    const a = openPage(s);
    const b = openPage(s);
    a.saved.addStep(step('only in A', a));
    const mine = sequenceFileText(a.lecture.sequence);
    b.saved.replaceSequence({ title: 'B’s', steps: DEFAULT_SEQUENCE.steps.slice(0, 1) }, 'b.json');
    a.saved.fromOtherWindow(SEQUENCE_KEY);
    expect(a.lecture.sequence.title).toBe('B’s');
    const message = a.messages.list.at(-1)!;
    expect(message.action?.label).toBe('Keep this window’s version');
    // Window B kept what it replaced, A's edit included, for undo.
    expect(sequenceFileText(storedSequence(s, SEQUENCE_BEFORE_KEY)!)).toBe(mine);
    message.action!.run();
    expect(s.data[SEQUENCE_KEY]).toBe(mine);
    expect(sequenceFileText(a.lecture.sequence)).toBe(mine);
  });
});

describe('saved work the browser will not keep', () => {
  // Issue 11, defect 7: with storage blocked, "Remembered" was said although nothing was kept.
  it('says so at the start and on each remember, and keeps the work for the visit', () => {
    const page = openPage(undefined);
    expect(said(page)[0]).toContain('does not let this page use its storage');
    page.saved.remember('x', page.app.scenario, 'stance');
    expect(said(page).at(-1)).toBe(
      'Remembered "x" for this visit only (the browser does not let this page keep it).',
    );
    expect(page.saved.recent.map((r) => r.name)).toEqual(['x']);
  });

  it('says so when storage is full, and shows the edit all the same', () => {
    const s = memoryStore();
    const page = openPage(s);
    s.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    page.saved.addStep(step('kept in the window', page));
    expect(captions(page.lecture.sequence).at(-1)).toBe('kept in the window');
    expect(said(page).at(-1)).toContain('not saved');
  });
});

describe('undo of an opened sequence', () => {
  it('keeps the replaced sequence in storage, so a reload can still go back', () => {
    const s = memoryStore();
    const a = openPage(s);
    a.saved.replaceSequence({ title: 'New', steps: DEFAULT_SEQUENCE.steps.slice(0, 2) }, 'n.json');
    expect(storedSequence(s, SEQUENCE_BEFORE_KEY)?.title).toBe(DEFAULT_SEQUENCE.title);
    const reloaded = openPage(s);
    expect(reloaded.lecture.sequence.title).toBe('New');
    reloaded.saved.undoReplace();
    expect(reloaded.lecture.sequence.title).toBe(DEFAULT_SEQUENCE.title);
    expect(storedSequence(s, SEQUENCE_BEFORE_KEY)?.title).toBe('New');
  });
});
