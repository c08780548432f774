/** The app's state, messages, lecture and saved work, wired as App.svelte wires them, for tests. */
import { AppState } from '../../src/lib/app.svelte.ts';
import { Messages } from '../../src/lib/messages.svelte.ts';
import { openWork } from '../../src/lib/savedWork.svelte.ts';
import type { KeyValueStore } from '../../src/lib/storage.ts';

/** One window of the app over `store` (undefined: the browser blocks storage). */
export function openPage(store: KeyValueStore | undefined) {
  const app = new AppState();
  const messages = new Messages();
  return { app, messages, ...openWork(app, store, messages) };
}

/** The text of every message shown. */
export const said = (p: ReturnType<typeof openPage>) => p.messages.list.map((m) => m.text);
