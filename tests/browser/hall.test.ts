import { expect, it } from 'vitest';
import { describeInBrowser, fieldValue, openPage, readout } from './harness.ts';
import { layoutReport } from './layout.ts';

/** The projector sizes a lecture hall has: XGA, 720p, 1080p and 4K. */
const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
/** Scenarios of a lecture: normal, palsy, trunk lean, cane (the sequence's steps) and walking. */
const LECTURES = [
  '?lecture=1',
  '?lecture=1&step=2',
  '?lecture=1&step=3',
  '?lecture=1&step=4',
  '?lecture=1&preset=sgn-palsy-complete&mode=gait&t=45&detail=gait-cycle',
];

describeInBrowser('lecture mode in Chromium', { timeout: 120_000 }, (harness) => {
  for (const screen of SCREENS)
    it(`fits ${screen.width} × ${screen.height} without scrolling, figures, readouts, presets and steps in view`, async () => {
      const { page, errors } = await openPage(harness(), '', screen);
      for (const query of LECTURES) {
        await page.goto(`${harness().url}${query}`);
        await page.waitForSelector('svg.figure-body');
        const report = await layoutReport(page);
        expect(report.scroll, query).toEqual({ x: 0, y: 0 });
        expect(report.overlaps, query).toEqual([]);
        expect(report.small, query).toEqual([]);
        for (const name of [/^6\. Coxa valga/, /Next|Reveal|Step \d/, /Previous/]) {
          const b = (await page.getByRole('button', { name }).boundingBox())!;
          expect(b.y + b.height, `${query} ${name}`).toBeLessThanOrEqual(screen.height);
        }
        const fig = (await page.locator('svg.figure-body').boundingBox())!;
        expect(fig.height).toBeGreaterThan(screen.height * 0.55);
        const drop = page.locator('[data-readout=pelvic-drop]');
        const px = (l: typeof drop) => l.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        expect(await px(drop)).toBeGreaterThan(screen.height / 30);
        expect(await px(page.locator('h1'))).toBeGreaterThan(screen.height / 40);
        expect(await page.locator('[data-readout=trendelenburg]').isVisible()).toBe(true);
        // The detail panel's seven tabs in two rows at most (short names in a narrow panel), each
        // named in full for a screen reader and its tooltip.
        const tabTops = await page
          .getByRole('tab')
          .evaluateAll(
            (tabs) => new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size,
          );
        expect(tabTops, query).toBeLessThanOrEqual(2);
        const demand = page.getByRole('tab', { name: 'Demand vs capacity' });
        expect(await demand.getAttribute('title')).toBe('Demand vs capacity');
      }
      expect(errors).toEqual([]);
      await page.close();
    });

  it('keeps the detail panel’s tabs to two rows on every common screen, desk and lecture', async () => {
    const { page } = await openPage(harness(), '', { width: 1024, height: 768 });
    const rows = () =>
      page
        .getByRole('tab')
        .evaluateAll(
          (tabs) => new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size,
        );
    const sizes = [
      [1024, 768],
      [1100, 700],
      [1280, 720],
      [1280, 800],
      [1366, 768],
      [1440, 900],
      [1600, 900],
      [1920, 1080],
      [1920, 1200],
    ] as const;
    for (const query of ['?preset=sgn-palsy-complete', '?lecture=1&step=2']) {
      await page.goto(`${harness().url}${query}`);
      await page.waitForSelector('[role=tab]');
      for (const [width, height] of sizes) {
        await page.setViewportSize({ width, height });
        await expect
          .poll(rows, { message: `${query} at ${width} × ${height}` })
          .toBeLessThanOrEqual(2);
      }
    }
    await page.close();
  });

  it('keeps the scenario on screen when L turns lecture mode on', async () => {
    const { page } = await openPage(harness(), '?preset=coxa-vara&mode=gait&t=40');
    await page.keyboard.press('l');
    await expect.poll(() => page.locator('.app.lecture').count()).toBe(1);
    expect(
      await page.getByRole('button', { name: /^5\. Coxa vara/ }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.locator('svg.figure-body > title').textContent()).toContain('Walking');
    await expect.poll(() => page.url()).toContain('preset=coxa-vara');
    expect(page.url()).toContain('t=40');
    expect(await page.locator('[data-caption]').textContent()).toContain('Own scenario');
    await page.keyboard.press('PageDown');
    expect(await page.locator('[data-caption]').textContent()).toContain('Normal');
    await page.close();
  });

  it('steps with PageDown after a checkbox, a radio button or a slider had the focus', async () => {
    const { page } = await openPage(harness(), '?lecture=1');
    const caption = page.locator('[data-caption]');
    await page.getByLabel('Predict, then reveal').click();
    await page.keyboard.press('PageDown');
    await expect.poll(() => caption.textContent()).toContain('positive Trendelenburg sign');
    await page.getByLabel('Walking', { exact: true }).click();
    await page.keyboard.press('PageDown');
    await expect.poll(() => caption.textContent()).toContain('trunk lean');
    const slider = page.getByRole('slider', { name: /Gait cycle/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    expect(await caption.textContent()).toContain('trunk lean');
    expect(Number(await slider.inputValue())).toBeGreaterThan(30);
    await page.keyboard.press('PageDown');
    await expect.poll(() => caption.textContent()).toContain('cane');
    await page.keyboard.press('PageUp');
    await expect.poll(() => caption.textContent()).toContain('trunk lean');
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('button.blank').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('button.blank').count()).toBe(0);
    expect(await page.locator('.app.lecture').count()).toBe(1);
    await page.close();
  });

  it('draws the figures and the plots on the dark projector ground, or a light one', async () => {
    const { page } = await openPage(harness(), '?lecture=1&detail=demand-capacity', {
      width: 1280,
      height: 720,
    });
    const ground = (svg: string) => page.locator(`${svg} > rect`).first().getAttribute('fill');
    expect(await ground('svg.figure-body')).toBe('#101214');
    await expect.poll(() => ground('svg.plot')).toBe('#101214');
    await page.getByRole('button', { name: 'Light background' }).click();
    await expect.poll(() => ground('svg.plot')).toBe('#ffffff');
    await page.close();
  });
});

describeInBrowser('comparing and the keyboard in Chromium', { timeout: 60_000 }, (harness) => {
  it('pins any scenario, labels both figures side by side, and keeps the pin in the link', async () => {
    const { page } = await openPage(harness(), '?preset=coxa-vara');
    await page.getByRole('button', { name: 'Pin current as comparison' }).click();
    await page.getByLabel('Preset').selectOption('sgn-palsy-complete');
    await page.getByLabel('Compare', { exact: true }).selectOption('side-by-side');
    const caption = (of: string) => page.locator(`[data-caption-of="${of}"]`).textContent();
    expect(await caption('whole body')).toContain('Superior gluteal nerve palsy (complete)');
    expect(await caption('side by side')).toBe('Coxa vara (pinned)');
    expect(await page.getByRole('tab', { name: 'Side by side' }).count()).toBe(1);
    await expect.poll(() => page.url()).toContain('pinned=');
    await page.reload();
    await page.waitForSelector('svg.figure-body');
    expect(await caption('side by side')).toBe('Coxa vara (pinned)');
    expect(await fieldValue(page, 'Compare with')).toBe('pinned');
    await page.getByRole('tab', { name: 'Moment arms' }).click();
    expect(await page.locator('svg.plot').textContent()).toContain('Coxa vara (pinned)');
    await page.close();
  });

  it('lets the keyboard skip the figure’s muscles to the settings', async () => {
    const { page } = await openPage(harness());
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    expect(await focused()).toBe('Skip to the settings');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id)).toBe(
      'gmed',
    );
    expect(await readout(page, 'Pelvic drop')).toBe('0.0°');
    await page.close();
  });
});
