/**
 * The figure's labels as Chromium lays them out in the app: at each of the four screen sizes and
 * in each scenario, no two texts of a figure overlap and none covers an arrowhead (boxes measured
 * by the browser, with the fonts it has).
 */
import { expect, it } from 'vitest';
import { describeInBrowser, openPage } from './harness.ts';

const scenarios = [
  { name: 'normal', query: '' },
  { name: 'palsy', query: 'preset=sgn-palsy-complete' },
  { name: 'trunk lean', query: 'preset=sgn-palsy-complete&compensation=trunk-lean' },
  { name: 'cane', query: 'preset=sgn-palsy-partial&compensation=auto&cane=0.1' },
  { name: 'palsy in lecture mode', query: 'lecture=1&preset=sgn-palsy-complete' },
];
const screens = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

describeInBrowser('the figure’s labels in Chromium', {}, (harness) => {
  for (const s of scenarios)
    it(`never overlap each other or an arrowhead: ${s.name}, at the four screen sizes`, async () => {
      for (const viewport of screens) {
        const { page } = await openPage(harness(), `?${s.query}`, viewport);
        await page.waitForSelector('svg.figure-hip .arrowhead');
        const clashes = await page.evaluate(() => {
          const out: string[] = [];
          for (const svg of document.querySelectorAll('svg.figure')) {
            const box = (e: Element) => e.getBoundingClientRect();
            const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent);
            const heads = [...svg.querySelectorAll('.arrowhead')];
            const hit = (a: DOMRect, b: DOMRect) =>
              Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
              Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
            texts.forEach((t, i) => {
              for (const u of [...texts.slice(i + 1), ...heads])
                if (hit(box(t), box(u)))
                  out.push(
                    `${svg.getAttribute('class')}: "${t.textContent}" / "${u.textContent || 'arrowhead'}"`,
                  );
            });
          }
          return out;
        });
        expect(clashes, `${viewport.width}×${viewport.height}`).toEqual([]);
        await page.close();
      }
    }, 120_000);
});
