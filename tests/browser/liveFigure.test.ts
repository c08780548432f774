/**
 * The live figures, patched frame by frame while the walk plays, hold what a fresh drawing of the
 * same instant holds: after walking and scrubbing to an instant, every figure on the page has the
 * same elements, attributes (in any order) and text as in a page opened at that instant. The
 * walking readouts, which follow the playing walk only a few times a second, show the instant
 * drawn as soon as the walk stops, and the same as a fresh page at every instant scrubbed to.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, openPage } from './harness.ts';

/** Each figure's markup, every element's attributes sorted (the patcher may write them in any order). */
const figures = (page: Page) =>
  page.evaluate(() => {
    const norm = (e: Element): string =>
      `<${e.tagName} ${[...e.attributes]
        .map((a) => `${a.name}=${a.value}`)
        .sort()
        .join(' ')}>${[...e.childNodes]
        .map((n) => (n instanceof Element ? norm(n) : n.textContent))
        .join('')}</${e.tagName}>`;
    return [...document.querySelectorAll('svg.figure')].map(norm);
  });

/** The walking readouts and the playback's position in words. */
const readouts = (page: Page) =>
  page.evaluate(() => ({
    heading: document.querySelector('.gait-readouts h2')?.textContent?.trim(),
    values: [...document.querySelectorAll('.gait-readouts dd')].map((d) => d.textContent?.trim()),
    position: document.querySelector('.scrub output')?.textContent,
    spoken: document.querySelector('.scrub input')?.getAttribute('aria-valuetext'),
  }));

describeInBrowser('the live figures in Chromium', {}, (harness) => {
  for (const tab of ['hip', 'gait-cycle'])
    it(`after walking, draw each instant as a fresh page does: ${tab} tab`, async () => {
      const query = `?preset=sgn-palsy-complete&mode=gait&detail=${tab}`;
      const { page, errors } = await openPage(harness(), query, { width: 1920, height: 1080 });
      await page.waitForSelector('svg.figure-body');
      await page.locator('body').focus();
      await page.keyboard.press(' ');
      await page.waitForTimeout(1200);
      await page.keyboard.press(' ');
      // Stopped between two updates of the readouts (which follow the walk about four times a
      // second, a quarter of a stride apart): they show the instant drawn at once. The slider
      // holds it to its step of 0.5 %, the numbers round it to 1 %.
      const stoppedPct = Number(
        await page.getByRole('slider', { name: 'Gait cycle' }).inputValue(),
      );
      await page.waitForSelector('.gait-readouts h2');
      const stopped = await readouts(page);
      for (const shown of [stopped.position, stopped.spoken, stopped.heading])
        expect(Math.abs(Number(/(\d+) %/.exec(shown ?? '')?.[1]) - stoppedPct)).toBeLessThanOrEqual(
          1,
        );
      for (const pct of [12, 30, 61, 87]) {
        await page.getByRole('slider', { name: 'Gait cycle' }).fill(String(pct));
        await page.waitForFunction(
          (p) => document.querySelector('output')?.textContent?.startsWith(`${p} %`),
          pct,
        );
        const fresh = await openPage(harness(), `${query}&t=${pct}`, {
          width: 1920,
          height: 1080,
        });
        await fresh.page.waitForSelector('svg.figure-body');
        expect(await figures(page), `${pct} % of the cycle`).toEqual(await figures(fresh.page));
        await fresh.page.waitForSelector('.gait-readouts h2');
        expect(await readouts(page), `readouts at ${pct} %`).toEqual(await readouts(fresh.page));
        await fresh.page.close();
      }
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
});
