/**
 * The keyboard's place after a list changes under it (an item moved, removed or forgotten): Svelte
 * moves or drops the focused button, and the focus would fall back to the page's top.
 */
import { tick } from 'svelte';

/**
 * Once the list is drawn again, focuses the first of `choices` (selectors within `list`) that can
 * take the focus, else `last`.
 */
export async function keepFocus(
  list: HTMLElement | undefined,
  choices: readonly string[],
  last?: HTMLElement,
): Promise<void> {
  await tick();
  for (const c of choices) {
    const b = list?.querySelector<HTMLButtonElement>(`${c}:not(:disabled)`);
    if (b) return b.focus();
  }
  last?.focus();
}
