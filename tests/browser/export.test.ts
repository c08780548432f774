import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pngDpi, pngSize } from '../../src/render/export/png.ts';
import { parseTableCsv } from '../../src/render/export/csv.ts';
import { describeInBrowser, openPage } from './harness.ts';
import type { Page } from 'playwright-core';

const TABS = [
  'Demand vs capacity',
  'Gait cycle',
  'Strength sweep',
  'Moment arms',
  'Nerve block',
  'Population',
];

async function exportOf(page: Page, panel: 'figure' | 'detail', kind: string) {
  const menu = page.locator(`details[data-export-of="${panel}"]`);
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.locator(`[data-export="${kind}"]`).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'tl-')), download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

describeInBrowser('export in Chromium', { timeout: 60_000 }, (harness) => {
  it('downloads SVG, PNG and CSV of every plot with names that say what they are', async () => {
    const { page, errors } = await openPage(harness(), '?preset=sgn-palsy-complete');
    for (const tab of TABS) {
      await page.getByRole('tab', { name: tab }).click();
      const svg = await exportOf(page, 'detail', 'svg');
      expect(svg.name).toMatch(/^trendelenburg-[a-z-]+-gmed-0-gmin-0-tfl-0\.svg$/);
      const text = svg.bytes.toString('utf8');
      expect(text.startsWith('<?xml')).toBe(true);
      expect(text).toContain('<title');
      expect(text).toMatch(/<svg[^>]* width="\d+" height="\d+"/);
      const png = await exportOf(page, 'detail', 'png');
      expect(png.name.endsWith('.png')).toBe(true);
      expect(pngSize(new Uint8Array(png.bytes)).width).toBeGreaterThan(100);
      const csv = await exportOf(page, 'detail', 'csv');
      expect(csv.name.endsWith('.csv')).toBe(true);
      const table = parseTableCsv(csv.bytes.toString('utf8'));
      expect(table.rows.length).toBeGreaterThan(5);
      expect(csv.bytes.toString('utf8')).toMatch(/^# Trendelenburg Lab \d+\.\d+\.\d+/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a plot laid out at its least height under an open export menu, and exports it so', async () => {
    const { page, errors } = await openPage(
      harness(),
      '?preset=sgn-palsy-complete&detail=gait-cycle',
      { width: 1280, height: 720 },
    );
    const png = await exportOf(page, 'detail', 'png');
    expect(pngSize(new Uint8Array(png.bytes)).height).toBeGreaterThanOrEqual(300);
    const box = await page.locator('svg.plot').getAttribute('viewBox');
    expect(Number(box?.split(' ')[3])).toBeGreaterThanOrEqual(300);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports PNG at 300 dpi with the requested pixel size and resolution', async () => {
    const { page } = await openPage(harness());
    await page.getByRole('tab', { name: 'Gait cycle' }).click();
    const svg = (await exportOf(page, 'detail', 'svg')).bytes.toString('utf8');
    const w = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    await page
      .locator('details[data-export-of="detail"]')
      .getByLabel('PNG resolution')
      .selectOption('300');
    const png = new Uint8Array((await exportOf(page, 'detail', 'png')).bytes);
    expect(pngSize(png).width).toBe(Math.round((w * 300) / 96));
    expect(pngDpi(png)).toBe(300);
    await page
      .locator('details[data-export-of="detail"]')
      .getByLabel('PNG resolution')
      .selectOption('width');
    await page
      .locator('details[data-export-of="detail"]')
      .getByLabel('PNG width in pixels')
      .fill('1234');
    expect(pngSize(new Uint8Array((await exportOf(page, 'detail', 'png')).bytes)).width).toBe(1234);
    await page.close();
  });

  it('renders an exported SVG to the same picture as the app shows', async () => {
    const { page } = await openPage(harness(), '?preset=sgn-palsy-complete');
    await page.getByRole('tab', { name: 'Demand vs capacity' }).click();
    await page.locator('details[data-export-of="detail"] summary').click();
    await page.waitForTimeout(500);
    const svg = (await exportOf(page, 'detail', 'svg')).bytes.toString('utf8');
    // The app's live SVG (its markup as drawn now), shown at the exported size beside the file.
    const live = await page.locator('[role=tabpanel] svg').evaluate((el) => el.outerHTML);
    const w = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const ht = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    const dir = mkdtempSync(join(tmpdir(), 'tl-'));
    const file = join(dir, 'plot.svg');
    writeFileSync(file, svg);
    const other = await harness().browser.newPage({ viewport: { width: w, height: ht } });
    await other.setContent(
      `<html><body style="margin:0">${live.replace(/ width="100%" height="100%"/, ` width="${w}" height="${ht}"`)}</body></html>`,
    );
    const inApp = await other.screenshot();
    await other.goto(`file://${file}`);
    const exported = await other.screenshot();
    const a = new Uint8Array(inApp);
    const b = new Uint8Array(exported);
    // Decode both PNGs in the page and count differing pixels.
    const diff = await other.evaluate(
      async ({ x, y }) => {
        const load = async (bytes: number[]) => {
          const img = await createImageBitmap(
            new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
          );
          const c = new OffscreenCanvas(img.width, img.height);
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height);
        };
        const [p, q] = [await load(x), await load(y)];
        if (p.width !== q.width || p.height !== q.height)
          return { size: [p.width, p.height, q.width, q.height], share: 1 };
        let n = 0;
        for (let i = 0; i < p.data.length; i += 4)
          if (
            Math.abs(p.data[i]! - q.data[i]!) +
              Math.abs(p.data[i + 1]! - q.data[i + 1]!) +
              Math.abs(p.data[i + 2]! - q.data[i + 2]!) >
            48
          )
            n++;
        return { size: [p.width, p.height], share: n / (p.width * p.height) };
      },
      { x: [...a], y: [...b] },
    );
    expect(diff.share, JSON.stringify(diff.size)).toBeLessThan(0.01);
    await other.close();
    await page.close();
  });

  it('exports the figure as SVG and PNG, copies it, and records one stride as a GIF with progress', async () => {
    const { page, errors } = await openPage(harness(), '?preset=sgn-palsy-complete');
    const svg = await exportOf(page, 'figure', 'svg');
    expect(svg.name).toMatch(/^trendelenburg-stance-figure-.*\.svg$/);
    expect((await exportOf(page, 'figure', 'png')).name).toMatch(/\.png$/);
    const menu = page.locator('details[data-export-of="figure"]');
    await menu.getByLabel('GIF width').selectOption('320');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 50_000 }),
      menu.locator('[data-export="gif"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.gif$/);
    const file = join(mkdtempSync(join(tmpdir(), 'tl-')), 'a.gif');
    await download.saveAs(file);
    const gif = readFileSync(file);
    expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect(gif.readUInt16LE(6)).toBe(320);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await menu.locator('[data-export="copy"]').click();
    await expect
      .poll(() => menu.getByRole('status').textContent())
      .toMatch(/Copied|cannot copy|refused/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
