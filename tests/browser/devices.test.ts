import { devices, type BrowserContext, type Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, readout, type Harness } from './harness.ts';
import { layoutReport } from './layout.ts';

const palsy = '?preset=sgn-palsy-complete';

/** A page of the app on an emulated device (touch, its viewport and pixel ratio). */
async function onDevice(
  h: Harness,
  device: string,
  query: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const d = devices[device];
  if (!d) throw new Error(`no device "${device}"`);
  const context = await h.browser.newContext({ ...d });
  const page = await context.newPage();
  await page.goto(`${h.url}${query}`);
  await page.waitForSelector('svg.figure-body');
  return { context, page };
}

/** The boxes of the figures that start on the first screen, joined: left, top, width, px. */
async function firstScreenFigures(page: Page) {
  return page.evaluate(() => {
    const h = innerHeight;
    const boxes = [...document.querySelectorAll('.fig, .fig2')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.top < h && r.height > 0);
    const left = Math.min(...boxes.map((r) => r.left));
    return {
      top: Math.min(...boxes.map((r) => r.top)),
      width: Math.max(...boxes.map((r) => r.right)) - left,
      bodyTop: document.querySelector('svg.figure-body')!.getBoundingClientRect().top,
      bodyHeight: document.querySelector('svg.figure-body')!.getBoundingClientRect().height,
      viewport: { w: innerWidth, h },
    };
  });
}

describeInBrowser('phones and tablets in Chromium', { timeout: 60_000 }, (harness) => {
  for (const [device, share] of [
    ['Pixel 7', 0.9],
    ['iPad Mini', 0.9],
    ['iPad Mini landscape', 0.6],
  ] as const)
    it(`on ${device}, no control overlaps another or text, each is at least 24 × 24 px, and the figure comes first`, async () => {
      const { context, page } = await onDevice(harness(), device, palsy);
      for (const menu of await page.locator('details.export > summary').all()) await menu.click();
      await page.getByText('Show the working').click();
      await page.getByRole('region', { name: /^Show the working/ }).waitFor();
      const report = await layoutReport(page);
      expect(report.overlaps).toEqual([]);
      expect(report.small).toEqual([]);
      expect(report.wide).toEqual([]);
      expect(report.scroll.x).toBeLessThanOrEqual(0);
      const f = await firstScreenFigures(page);
      expect(f.bodyTop).toBeLessThan(f.viewport.h / 3);
      expect(f.bodyHeight).toBeGreaterThan(f.viewport.h / 2.5);
      expect(f.width).toBeGreaterThan(f.viewport.w * share);
      await context.close();
    });

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])
    it(`on a ${viewport.width} × ${viewport.height} desk, fills the window without a scroll bar or an overlap, menus shut or open`, async () => {
      const page = await harness().browser.newPage({ viewport });
      await page.goto(`${harness().url}${palsy}`);
      await page.waitForSelector('svg.figure-body');
      for (const open of [false, true]) {
        if (open)
          for (const menu of await page.locator('details.export > summary').all())
            await menu.click();
        const report = await layoutReport(page);
        expect(report.overlaps).toEqual([]);
        expect(report.small).toEqual([]);
        expect(report.scroll).toEqual({ x: 0, y: 0 });
      }
      const f = await firstScreenFigures(page);
      expect(f.width).toBeGreaterThan(f.viewport.w * 0.6);
      await page.close();
    });

  it('on a phone, puts the readouts right under the figure and its playback, before the plots', async () => {
    const { context, page } = await onDevice(harness(), 'Pixel 7', palsy);
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => e.getBoundingClientRect().top);
    const body = await top('svg.figure-body');
    const readouts = await top('section.readouts');
    expect(readouts).toBeGreaterThan(body);
    expect(readouts).toBeLessThan(await top('[role=tablist]'));
    expect(readouts).toBeLessThan(await top('section.controls'));
    expect(await page.locator('input[type=range]').first().boundingBox()).toMatchObject({
      height: 44,
    });
    await context.close();
  });

  it('zooms the figure with two fingers, pans it with one, resets it, and opens a card on a tap', async () => {
    const { context, page } = await onDevice(harness(), 'Pixel 7', palsy);
    const svg = page.locator('svg.figure-body');
    const b = (await svg.boundingBox())!;
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([x, y], id) => ({ x, y, id })),
      });
    await touch('touchStart', [
      [cx - 30, cy],
      [cx + 30, cy],
    ]);
    for (let d = 40; d <= 90; d += 10)
      await touch('touchMove', [
        [cx - d, cy],
        [cx + d, cy],
      ]);
    await touch('touchEnd', []);
    const zoom = async () => Number(await svg.getAttribute('data-zoom'));
    await expect.poll(zoom).toBeGreaterThan(2);
    const before = await svg.evaluate((e) => getComputedStyle(e).transform);
    await touch('touchStart', [[cx, cy]]);
    await touch('touchMove', [[cx + 20, cy + 5]]);
    await touch('touchMove', [[cx + 60, cy + 5]]);
    await touch('touchEnd', []);
    expect(await svg.evaluate((e) => getComputedStyle(e).transform)).not.toBe(before);
    await page.getByRole('button', { name: 'Reset zoom' }).first().tap();
    expect(await zoom()).toBe(1);
    const muscleAt = await page.evaluate(() => {
      for (const m of document.querySelectorAll('svg.figure-body [data-muscle]')) {
        const r = m.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (document.elementFromPoint(x, y)?.closest('[data-muscle]')) return { x, y };
      }
      return undefined;
    });
    await page.touchscreen.tap(muscleAt!.x, muscleAt!.y);
    await expect.poll(() => page.locator('dialog.card').isVisible()).toBe(true);
    await context.close();
  });
});

describeInBrowser('the embedded figure and the share panel', { timeout: 60_000 }, (harness) => {
  /** The app embedded in an 800 × 450 <iframe> of a page from elsewhere (about:blank). */
  async function framed(query: string) {
    const page = await harness().browser.newPage({ viewport: { width: 900, height: 600 } });
    await page.setContent(
      `<iframe src="${harness().url}${query}" width="800" height="450" style="border:0"></iframe>`,
    );
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.waitForSelector('svg.figure-body');
    return { page, frame };
  }

  it('shows the figure alone in a frame from another page: no sliders, no scrolling, the state kept', async () => {
    const { page, frame } = await framed(`${palsy}&embed=1&mode=gait&t=40`);
    expect(await frame.locator('input[type=range]').count()).toBe(0);
    const report = await layoutReport(frame);
    expect(report.scroll).toEqual({ x: 0, y: 0 });
    expect(report.overlaps).toEqual([]);
    const fig = (await frame.locator('svg.figure-body').boundingBox())!;
    expect(fig.height).toBeGreaterThan(450 * 0.7);
    expect(await frame.locator('svg.figure-body > title').textContent()).toContain('Walking');
    expect(await frame.locator('[data-readout=pelvic-drop]').textContent()).toMatch(/^1\d\.\d°$/);
    // The strip's reading on one line: "Pelvic drop" not squeezed to a word a line.
    const nameLines = await frame
      .locator('.key-readouts.one dt')
      .first()
      .evaluate((e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).fontSize));
    expect(nameLines).toBeLessThan(1.6);
    expect(await frame.getByRole('button', { name: /Walk|Pause/ }).count()).toBe(1);
    await page.close();
  });

  it('names what the link got wrong above the embedded figure, until dismissed', async () => {
    const junk = Array.from({ length: 8 }, (_, i) => `junk${i}=1`).join('&');
    const { page, frame } = await framed(`${palsy}&embed=1&detail=nope&${junk}`);
    const notes = frame.getByRole('region', { name: 'Notes about the link' });
    expect(await notes.textContent()).toContain('Panel "nope" is not one of');
    expect((await layoutReport(frame)).scroll).toEqual({ x: 0, y: 0 });
    // However many notes, their Dismiss and most of the figure stay in the 450-px frame.
    const dismiss = (await notes.getByRole('button', { name: 'Dismiss' }).boundingBox())!;
    expect(dismiss.y + dismiss.height).toBeLessThanOrEqual(450);
    expect((await frame.locator('svg.figure-body').boundingBox())!.height).toBeGreaterThan(150);
    await notes.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notes.count()).toBe(0);
    expect((await frame.locator('svg.figure-body').boundingBox())!.height).toBeGreaterThan(
      450 * 0.7,
    );
    await page.close();
  });

  it('adds only the strength sliders with controls=strength, and a chosen plot beside the figure', async () => {
    const { page, frame } = await framed(`${palsy}&embed=1&controls=strength&detail=gait-cycle`);
    expect(await frame.locator('input[type=range]').count()).toBe(4);
    expect(await frame.locator('svg.plot').count()).toBe(1);
    const report = await layoutReport(frame);
    expect(report.scroll).toEqual({ x: 0, y: 0 });
    expect(report.overlaps).toEqual([]);
    await page.close();
  });

  it('shares the link as text and as a QR code, and an <iframe> snippet of the embedded view', async () => {
    const page = await harness().browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${harness().url}${palsy}&detail=strength-sweep`);
    await page.waitForSelector('svg.figure-body');
    await page.getByRole('button', { name: 'Share' }).click();
    const qr = page.getByRole('img', { name: /QR/ });
    await expect.poll(() => qr.isVisible()).toBe(true);
    expect(await qr.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(50);
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    expect(link).toContain('preset=sgn-palsy-complete');
    expect(link).not.toContain('embed');
    const snippet = page.getByLabel('Embed in a web page (the figure alone)');
    expect(await snippet.inputValue()).toMatch(/^<iframe src="[^"]*embed=1[^"]*"/);
    await page.getByLabel('with the strength sliders').check();
    expect(await snippet.inputValue()).toContain('controls=strength');
    const src = /src="([^"]*)"/.exec(await snippet.inputValue())![1]!.replace(/&amp;/g, '&');
    await page.goto(src);
    await page.waitForSelector('svg.figure-body');
    expect(await page.locator('input[type=range]').count()).toBe(4);
    expect(await readout(page, 'Pelvic drop')).toMatch(/^1\d\.\d°$/);
    await page.close();
  });
});
