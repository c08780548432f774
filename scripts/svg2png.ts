/** Dev helper: renders SVG files to PNG with headless Chromium (to look at them). */
import { launchChromium } from './chromium.ts';
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const f of files) {
  const svg = readFileSync(f, 'utf8');
  const m = /width="(\d+)" height="(\d+)"/.exec(svg);
  await page.setViewportSize({ width: Number(m?.[1] ?? 800), height: Number(m?.[2] ?? 800) });
  await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
  await page.screenshot({ path: f.replace(/\.svg$/, '.png') });
}
await browser.close();
