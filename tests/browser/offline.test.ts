import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { productionBuild } from '../../scripts/productionBuild.ts';
import { describeInBrowser } from './harness.ts';
import { readPdf } from '../render/export/pdfFile.ts';

const file = fileURLToPath(new URL('../../dist-offline/trendelenburg-lab.html', import.meta.url));

describeInBrowser(
  'the single offline HTML file',
  { timeout: 60_000, prepare: () => productionBuild({ mode: 'offline' }) },
  (harness) => {
    it('is one file with every script and style inlined', () => {
      expect(existsSync(file)).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).not.toMatch(/<script[^>]+src=/);
      expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
      // Its inline styles and scripts are allowed by their hashes, nothing else inline; no network.
      const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(policy).toMatch(/style-src 'sha256-[^']+'/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).toContain("connect-src 'none'");
    });

    it('works opened from disk with the network blocked', async () => {
      const context = await harness().browser.newContext({ offline: true });
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`policy violation: ${e.violatedDirective} ${e.sample}`),
        ),
      );
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => requests.push(r.url()));
      await context.route(/^https?:/, (route) => route.abort());
      await page.goto(`file://${file}?preset=sgn-palsy-complete`);
      await page.waitForSelector('svg.figure-body');
      expect(
        await page
          .locator('xpath=//dt[normalize-space(.)="Pelvic drop"]/following-sibling::dd[1]')
          .textContent(),
      ).toBe('11.2°');
      await page.getByRole('button', { name: /Play/ }).click();
      await page.waitForTimeout(200);
      expect(errors).toEqual([]);
      expect(
        requests.filter(
          (u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'),
        ),
      ).toEqual([]);
      await context.close();
    });

    it('exports a PDF with its fonts embedded, the font files read from the file itself', async () => {
      const context = await harness().browser.newContext({ offline: true, acceptDownloads: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await context.route(/^https?:/, (route) => route.abort());
      await page.goto(`file://${file}?preset=sgn-palsy-complete`);
      await page.getByRole('tab', { name: 'Demand vs capacity' }).click();
      const menu = page.locator('details[data-export-of="detail"]');
      await menu.locator('summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        menu.locator('[data-export="pdf"]').click(),
      ]);
      const out = join(mkdtempSync(join(tmpdir(), 'tl-offline-')), 'plot.pdf');
      await download.saveAs(out);
      const pdf = readPdf(new Uint8Array(readFileSync(out)));
      expect(pdf.fonts.filter((f) => f.subtype === 'CIDFontType2').map((f) => f.embedded)).toEqual([
        true,
        true,
      ]);
      expect(pdf.shown).toContain('Pelvic drop (°)');
      expect(errors).toEqual([]);
      await context.close();
    });
  },
);
