import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { readPdf } from '../render/export/pdfFile.ts';
import { describeInBrowser, openPage } from './harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'tl-publish-'));

/** The export menu of a panel, opened. */
async function openMenu(page: Page, panel: 'figure' | 'detail'): Promise<Locator> {
  const menu = page.locator(`details[data-export-of="${panel}"]`);
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  return menu;
}

/** Types into a menu's text field and commits it, as leaving the field would. */
async function fillField(menu: Locator, label: string, text: string): Promise<void> {
  await menu.getByLabel(label).fill(text);
  await menu.getByLabel(label).dispatchEvent('change');
}

/** Picks options in a menu's drop-down lists, in the order given (label → option value). */
async function choose(menu: Locator, choices: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(choices))
    await menu.getByLabel(label).selectOption(value);
}

/** Opens an export menu and downloads what one of its buttons gives. */
async function exportOf(page: Page, panel: 'figure' | 'detail', kind: string, timeout = 30_000) {
  const menu = await openMenu(page, panel);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    menu.locator(`[data-export="${kind}"]`).click(),
  ]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file, bytes: readFileSync(file) };
}

/** The frames (blocks) and duration of a video file, read back by its container. */
async function videoFacts(bytes: Uint8Array) {
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('no video track');
  let frames = 0;
  let keyFrames = 0;
  for await (const p of new EncodedPacketSink(track).packets()) {
    frames++;
    if (p.type === 'key') keyFrames++;
  }
  return {
    mime: await input.getMimeType(),
    codec: await track.getCodec(),
    width: track.displayWidth,
    height: track.displayHeight,
    frames,
    keyFrames,
    durationS: await input.computeDuration(),
  };
}

describeInBrowser('publishing from the app in Chromium', { timeout: 120_000 }, (harness) => {
  it('exports a plot for a journal column: SVG 85 mm wide and a vector PDF of that size', async () => {
    const { page, errors } = await openPage(harness(), '?preset=sgn-palsy-complete');
    await page.getByRole('tab', { name: 'Demand vs capacity' }).click();
    const menu = await openMenu(page, 'detail');
    await menu.getByLabel('Export size').selectOption('journal-single');
    await menu.getByLabel('Panel letter').fill('B');
    const svg = (await exportOf(page, 'detail', 'svg')).bytes.toString('utf8');
    expect(svg).toMatch(/<svg[^>]* width="85mm" height="[\d.]+mm" viewBox="0 0 [\d.]+ [\d.]+"/);
    expect(svg).toContain('>B</text>');
    const pdf = await exportOf(page, 'detail', 'pdf');
    expect(pdf.name).toMatch(/^trendelenburg-demand-capacity-.*\.pdf$/);
    const read = readPdf(new Uint8Array(pdf.bytes));
    expect(read.header).toMatch(/^%PDF-/);
    expect(read.body).not.toMatch(/\/Subtype\s*\/Image/);
    const box = /\/MediaBox \[([\d. ]+)\]/.exec(read.body)?.[1]?.split(' ').map(Number) ?? [];
    expect(box[2]).toBeCloseTo((85 / 25.4) * 72, 1);
    expect(read.shown).toContain('Pelvic drop (°)');
    expect(read.shown).toContain('equilibrium 11.2°');
    expect(read.shown.join(' ')).not.toMatch(/sgn-palsy/);
    // DejaVu Sans embedded (the font files fetched with the writer), no standard font listed
    expect(read.fonts.filter((f) => f.subtype === 'CIDFontType2').map((f) => f.embedded)).toEqual([
      true,
      true,
    ]);
    expect(read.fonts.every((f) => /^[A-Z]{6}\+DejaVuSans/.test(f.baseFont))).toBe(true);
    // The PDF writer was loaded when asked for, under the page's content security policy.
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records a WebM of the walk with one frame per 1/fps s of the strides asked, that Chromium plays', async () => {
    const { page, errors } = await openPage(harness(), '?preset=sgn-palsy-complete&mode=gait');
    const menu = await openMenu(page, 'figure');
    await choose(menu, {
      'Video size': '640x360',
      'Frames per second': '25',
      'Video speed': '0.5',
    });
    await fillField(menu, 'Strides', '1');
    await fillField(menu, 'Video caption', 'Complete palsy, half speed');
    const label = (await menu.locator('[data-export="video"]').textContent()) ?? '';
    const frames = Number(/(\d+) frames/.exec(label)?.[1]);
    expect(frames).toBeGreaterThan(40);
    const video = await exportOf(page, 'figure', 'video', 100_000);
    expect(video.name).toMatch(/^trendelenburg-walk-gmed-0-gmin-0-tfl-0\.webm$/);
    const facts = await videoFacts(new Uint8Array(video.bytes));
    expect(facts.mime).toMatch(/^video\/webm/);
    expect(facts).toMatchObject({ width: 640, height: 360, frames });
    expect(facts.keyFrames).toBeGreaterThan(0);
    expect(facts.durationS).toBeCloseTo(frames / 25, 2);
    // Chromium plays it (in a page of its own: the app's policy allows no media): metadata,
    // duration, and a decoded frame drawn on a canvas.
    const player = await harness().browser.newPage();
    const played = await player.evaluate(
      async (bytes) => {
        const v = document.createElement('video');
        v.muted = true;
        v.src = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'video/webm' }));
        await new Promise((ok, fail) => {
          v.onloadeddata = ok;
          v.onerror = () => fail(new Error(`cannot play: ${v.error?.message}`));
        });
        v.currentTime = v.duration / 2;
        await new Promise((ok) => (v.onseeked = ok));
        const c = document.createElement('canvas');
        c.width = v.videoWidth;
        c.height = v.videoHeight;
        c.getContext('2d')!.drawImage(v, 0, 0);
        return { duration: v.duration, width: v.videoWidth, png: c.toDataURL('image/png') };
      },
      [...video.bytes],
    );
    await player.close();
    expect(played.width).toBe(640);
    expect(played.duration).toBeCloseTo(frames / 25, 1);
    writeFileSync(join(dir, 'frame.png'), Buffer.from(played.png.split(',')[1]!, 'base64'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records the nerve block, and MP4 where the browser encodes H.264 (else says why not)', async () => {
    const { page, errors } = await openPage(harness(), '?preset=sgn-palsy-complete');
    const menu = await openMenu(page, 'figure');
    await choose(menu, { 'Video of': 'nerve-block', 'Video size': '640x360' });
    await fillField(menu, 'Seconds after the block', '1');
    const webm = await exportOf(page, 'figure', 'video', 100_000);
    expect(webm.name).toMatch(/^trendelenburg-nerve-block-.*\.webm$/);
    expect((await videoFacts(new Uint8Array(webm.bytes))).frames).toBe(30);
    const h264 = await page.evaluate(() =>
      typeof VideoEncoder === 'undefined'
        ? false
        : VideoEncoder.isConfigSupported({ codec: 'avc1.42001f', width: 640, height: 360 }).then(
            (s) => s.supported === true,
          ),
    );
    await menu.getByLabel('Video format').selectOption('mp4');
    if (h264) {
      const mp4 = await exportOf(page, 'figure', 'video', 100_000);
      const facts = await videoFacts(new Uint8Array(mp4.bytes));
      expect(facts.mime).toMatch(/^video\/mp4/);
      expect(facts.frames).toBe(30);
    } else {
      await menu.locator('[data-export="video"]').click();
      await expect.poll(() => menu.getByRole('status').textContent()).toMatch(/cannot encode MP4/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describeInBrowser('the printed handout in Chromium', { timeout: 120_000 }, (harness) => {
  for (const [query, what] of [
    ['?preset=sgn-palsy-complete', 'a complete palsy'],
    ['?preset=sgn-palsy-complete&load=20', 'a palsy at the end of the range'],
    [
      '?preset=sgn-palsy-partial&compensation=trunk-lean&cane=0.1',
      'a partial palsy with lean and cane',
    ],
  ] as const)
    it(`fits two pages of A4 and of Letter for ${what}, with no form controls and no address`, async () => {
      const { page, errors } = await openPage(harness(), query);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.waitForSelector('.handout');
      // Nothing a reader could click or type in is visible on paper.
      const controls = await page
        .locator('input, select, button, textarea, summary')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
      expect(controls).toBe(0);
      const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|https?:/);
      expect(text).toContain('Predict, then check');
      expect(text).toContain('In which hand should the patient hold a cane');
      expect(text).toContain('Body mass 73 kg');
      expect(text).toContain('(table, step 6)');
      // The working's step 6 is the table it cites.
      expect(
        await page.locator('.handout .working > ol > li').nth(5).getAttribute('data-step'),
      ).toBe('muscles');
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        writeFileSync(join(dir, `handout-${what.replace(/\W+/g, '-')}-${format}.pdf`), pdf);
        const pages = readPdf(new Uint8Array(pdf)).pages;
        expect(pages, format).toBeGreaterThanOrEqual(1);
        expect(pages, format).toBeLessThanOrEqual(2);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
});
