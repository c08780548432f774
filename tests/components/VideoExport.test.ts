// @vitest-environment jsdom
/** The video block of the export menu (src/components/VideoExport.svelte). */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import VideoExport from '../../src/components/VideoExport.svelte';

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (component) unmount(component);
  component = undefined;
  document.body.innerHTML = '';
});

function withStrides(strides: string) {
  component = mount(VideoExport, {
    target: document.body,
    props: { record: () => {}, busy: false, strideTimeS: 1.1 },
  });
  const input = document.querySelector('input[aria-label="Strides"]') as HTMLInputElement;
  input.value = strides;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  flushSync();
  return {
    button: document.querySelector('[data-export="video"]')!.textContent?.trim(),
    problem: document.querySelector('.problem')?.textContent,
  };
}

describe('the video block', () => {
  // A count out of range showed "Record 1 frames" or "Record 3428537 frames" before refusing.
  it.each(['-5', '0', '', '99999', '2.5'])(
    'says why %s strides cannot be recorded instead of counting frames',
    (n) => {
      const { button, problem } = withStrides(n);
      expect(button).toBe('Record');
      expect(problem).toMatch(/^Strides must be a whole number from 1 to \d+\.$/);
    },
  );

  it('counts the frames of a request it can record', () => {
    const { button, problem } = withStrides('2');
    expect(button).toMatch(/^Record \d+ frames$/);
    expect(problem).toBeUndefined();
  });
});
