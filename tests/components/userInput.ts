/** A user's input to a mounted component, event by event as the browser sends it (jsdom). */
import { flushSync } from 'svelte';

/** Types `text` into a text field and leaves it: focus, input, then change. */
export function typeInto(input: HTMLInputElement, text: string): void {
  input.dispatchEvent(new Event('focus'));
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  flushSync();
}

/** Drags a slider to `value` (one input event). */
export function slide(input: HTMLInputElement, value: number): void {
  input.value = String(value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}
