import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, crestTilt, openPage } from './harness.ts';

/** The points of a d3 line path ("Mx,yLx,y…"), px. */
function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Drags the block's time slider to `timeS`, as a user would (input event). */
async function scrubTo(page: Page, timeS: number): Promise<void> {
  await page.getByLabel('Time after the block').evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, timeS);
}

describeInBrowser(
  'the nerve block and the population in Chromium',
  { timeout: 60_000 },
  (harness) => {
    it('"Block the nerve" tilts the drawn crest line over time, from level to the settled drop', async () => {
      const { page, errors } = await openPage(harness());
      expect(Math.abs(await crestTilt(page))).toBeLessThan(0.01);
      await page.getByRole('button', { name: /Block the nerve/ }).click();
      expect(
        await page.getByRole('tab', { name: 'Nerve block' }).getAttribute('aria-selected'),
      ).toBe('true');
      // From the start again in slow motion, so that a busy machine still sees the fall.
      await page.getByLabel('Speed of the block').selectOption('0.25');
      await scrubTo(page, 0);
      expect(Math.abs(await crestTilt(page))).toBeLessThan(0.5);
      await page.getByRole('button', { name: 'Play the block' }).click();
      const tilts: number[] = [];
      for (let i = 0; i < 30; i++) {
        tilts.push(await crestTilt(page));
        await page.waitForTimeout(100);
      }
      expect(tilts[0]!).toBeLessThan(3);
      expect(Math.max(...tilts)).toBeGreaterThan(8);
      expect(tilts.some((t) => t > 2 && t < 8)).toBe(true);
      // The time plot has its cursor, and the bar reads the instant.
      expect(await page.locator('svg.plot-nerve-block .cursor').count()).toBe(1);
      expect(await page.locator('[data-block="instant"]').textContent()).toMatch(
        /^drop \d+\.\d°, lean -?\d+\.\d°$/,
      );
      // Back to the start levels the pelvis again; Done shows the settled stance.
      await scrubTo(page, 0);
      expect(Math.abs(await crestTilt(page))).toBeLessThan(0.5);
      await page.getByRole('button', { name: 'Done' }).click();
      expect(await crestTilt(page)).toBeGreaterThan(10);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('with reduced motion, shows where the block ends and plays it only when asked', async () => {
      const h = harness();
      const page = await h.browser.newPage({ reducedMotion: 'reduce' });
      await page.goto(h.url);
      await page.waitForSelector('svg.figure-body');
      await page.getByRole('button', { name: /Block the nerve/ }).click();
      expect(await crestTilt(page)).toBeGreaterThan(10);
      expect(await page.getByRole('button', { name: 'Play the block' }).count()).toBe(1);
      expect(await page.locator('.block .note').textContent()).toContain('Reduced motion is on');
      const a = await crestTilt(page);
      await page.waitForTimeout(300);
      expect(await crestTilt(page)).toBe(a);
      await page.close();
    });

    it('shows in the population tab a share with the sign that rises as strength falls', async () => {
      const { page, errors } = await openPage(
        harness(),
        '?preset=sgn-palsy-partial&detail=population',
      );
      const plot = page.locator('svg.plot-population');
      await expect.poll(() => plot.count()).toBe(1);
      // Solved a strength per task: wait until every strength is in.
      await expect
        .poll(async () => (await plot.textContent()) ?? '', { timeout: 45_000, interval: 250 })
        .not.toMatch(/Solving|^$/);
      const d = await plot.locator('path[aria-label$=": positive sign"]').first().getAttribute('d');
      const pts = pathPoints(d ?? '');
      expect(pts).toHaveLength(21);
      // x grows with strength; screen y grows downwards, so a share that falls as strength grows
      // has y that never decreases, and the weakest end is far above the strongest.
      for (let i = 1; i < pts.length; i++) {
        expect(pts[i]![0]).toBeGreaterThan(pts[i - 1]![0]);
        expect(pts[i]![1]).toBeGreaterThanOrEqual(pts[i - 1]![1] - 1e-6);
      }
      expect(pts[20]![1] - pts[0]![1]).toBeGreaterThan(50);
      expect(await plot.textContent()).toContain('Kendall 2013: 1 of 9');
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
