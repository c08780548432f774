// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import Notices from '../../src/components/Notices.svelte';
import { AppState } from '../../src/lib/app.svelte.ts';
import { Messages } from '../../src/lib/messages.svelte.ts';
import { fromQuery } from '../../src/lib/scenario.ts';
import { useMount } from './mountInBody.ts';

const mountInBody = useMount();

function show(notes: string[], messages = new Messages()) {
  const app = new AppState();
  app.notes = notes;
  mountInBody(Notices, { app, messages });
  flushSync();
  return { app, messages };
}

describe('the notices', () => {
  // Issue 11, defect 3: the notes were keyed by their text; two equal notes blanked the page.
  it.each([
    '?foo=1&foo=2',
    '?mass=abc&mass=abc',
    '?hide=foo,foo',
    `?${'k'.repeat(30)}a=1&${'k'.repeat(30)}b=1`,
  ])('show the notes of %s without a clash, each once', (query) => {
    const { notes } = fromQuery(query);
    expect(notes.length).toBeGreaterThan(0);
    show(notes);
    expect(document.querySelectorAll('.notes li')).toHaveLength(notes.length);
  });

  it('show two equal notes, were there ever two', () => {
    show(['Ignored "x" in the link: not a setting.', 'Ignored "x" in the link: not a setting.']);
    expect(document.querySelectorAll('.notes li')).toHaveLength(2);
  });

  it('show messages with their action, and dismiss them one by one', () => {
    const messages = new Messages();
    let undone = 0;
    messages.say('Opened the sequence.', { label: 'Undo', run: () => undone++ });
    messages.say('Remembered "a".');
    messages.say('Remembered "a".');
    show([], messages);
    expect(
      [...document.querySelectorAll('.message')].map((p) => p.firstChild?.textContent?.trim()),
    ).toEqual(['Opened the sequence.', 'Remembered "a".']);
    (
      [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Undo',
      ) as HTMLButtonElement
    ).click();
    flushSync();
    expect(undone).toBe(1);
    expect(document.querySelectorAll('.message')).toHaveLength(1);
  });
});
