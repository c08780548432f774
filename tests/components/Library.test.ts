// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { CAPS, DEFAULT_STANCE } from '../../sim/index.ts';
import Library from '../../src/components/Library.svelte';
import { readFile, sequenceFileText } from '../../src/lib/scenarioFile.ts';
import { DEFAULT_SEQUENCE } from '../../src/lib/sequence.ts';
import { memoryStore, RECENT_PREFIX, SEQUENCE_KEY } from '../../src/lib/storage.ts';
import { openPage, said } from './page.ts';
import { useMount } from './mountInBody.ts';

const mountInBody = useMount();

function show(page: ReturnType<typeof openPage>) {
  mountInBody(Library, page);
  flushSync();
}
const button = (text: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;

/** Opens `text` as if the user picked a file called `name`. */
async function openFile(name: string, text: string) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: [new File([text], name, { type: 'application/json' })],
  });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 10));
  flushSync();
}

describe('the library', () => {
  // Issue 11, defect 2: the editor had no cap; 101 steps were stored, then lost on reload.
  it(`adds at most ${CAPS.sequenceSteps} steps, says why, and what it stores reloads`, () => {
    const s = memoryStore();
    const page = openPage(s);
    // Up to a few steps short of the cap without the page (jsdom draws slowly), then by the button.
    for (let i = DEFAULT_SEQUENCE.steps.length; i < CAPS.sequenceSteps - 3; i++)
      page.saved.addStep({ caption: `step ${i}`, scenario: page.app.scenario, mode: 'stance' });
    show(page);
    const add = button('Add current scenario');
    for (let i = 0; i < 10; i++) {
      add.click();
      flushSync();
    }
    expect(page.lecture.sequence.steps).toHaveLength(CAPS.sequenceSteps);
    expect(add.disabled).toBe(true);
    expect(document.getElementById('steps-full')?.textContent).toContain('the most a sequence');
    const stored = readFile(s.data[SEQUENCE_KEY]!);
    expect(stored.ok && stored.kind === 'sequence' && stored.sequence.steps).toHaveLength(
      CAPS.sequenceSteps,
    );
    expect(said(page).join(' ')).not.toContain('not');
  });

  // Issue 11, defect 3: recent scenarios were keyed by name; two of one name blanked the page.
  it('shows two recent scenarios of the same name, and forgets one of them', () => {
    const page = openPage(memoryStore());
    page.saved.remember('palsy', page.app.scenario, 'stance');
    page.saved.remember('palsy', page.app.scenario, 'gait');
    show(page);
    const items = document.querySelectorAll('.recent li');
    expect(items).toHaveLength(2);
    (items[0]!.querySelector('.forget') as HTMLButtonElement).click();
    flushSync();
    expect(document.querySelectorAll('.recent li')).toHaveLength(1);
  });

  // Issue 11, defect 5: opening a sequence file replaced the stored one with no way back.
  it('opens a sequence file with an undo that brings the replaced sequence back', async () => {
    const s = memoryStore();
    const page = openPage(s);
    page.saved.addStep({ caption: 'my own step', scenario: page.app.scenario, mode: 'stance' });
    const mine = page.lecture.sequence;
    show(page);
    const other = { title: 'Other', steps: DEFAULT_SEQUENCE.steps.slice(0, 2) };
    await openFile('other.json', sequenceFileText(other));
    expect(page.lecture.sequence.title).toBe('Other');
    const message = page.messages.list.at(-1)!;
    expect(message.text).toContain(
      'replacing "Superior gluteal nerve palsy in four steps" (5 steps)',
    );
    expect(message.action?.label).toBe('Undo');
    message.action!.run();
    flushSync();
    expect(sequenceFileText(page.lecture.sequence)).toBe(sequenceFileText(mine));
    expect(s.data[SEQUENCE_KEY]).toBe(sequenceFileText(mine));
    // The undo can itself be undone.
    expect(button('Back to “Other”')).toBeDefined();
  });

  it('refuses a bad file with the reason and changes nothing', async () => {
    const page = openPage(memoryStore());
    page.app.setStance({ ...DEFAULT_STANCE, bodyMassKg: 80 });
    show(page);
    await openFile('\u202eevil.json', '{"format":"trendelenburg-lab/scenario","version":1,"scen');
    expect(page.app.scenario.stance.bodyMassKg).toBe(80);
    expect(said(page).at(-1)).toBe(
      '"?evil.json" was not opened: The file is not valid JSON (is it damaged or cut short?). Nothing was changed.',
    );
  });

  it('offers set-aside data for download before it can be deleted', () => {
    const s = memoryStore({ [`${RECENT_PREFIX}x`]: '{broken' });
    const page = openPage(s);
    show(page);
    const aside = document.querySelector('[aria-label="Set-aside data"]');
    expect(aside?.textContent?.replace(/\s+/g, ' ')).toContain('1 stored entry could not be read');
    expect(page.saved.setAsideText()).toContain('{broken');
    button('Delete set-aside data').click();
    flushSync();
    button('Delete them for good').click();
    flushSync();
    expect(document.querySelector('[aria-label="Set-aside data"]')).toBeNull();
  });
});
