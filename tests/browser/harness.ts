/**
 * Browser-test harness: builds the app, serves it with `vite preview` on a free local port, and
 * drives Debian's Chromium with playwright-core. Without /usr/bin/chromium the browser tests do
 * not run locally; with REQUIRE_BROWSER=1 (set by .ci/run) a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from '../../scripts/chromium.ts';
import { preview, type PreviewServer } from 'vite';
import { productionBuild } from '../../scripts/productionBuild.ts';

export const CHROMIUM = CHROMIUM_PATH;
export const browserAvailable = existsSync(CHROMIUM);

if (!browserAvailable && process.env.REQUIRE_BROWSER)
  throw new Error(
    `browser tests are required but ${CHROMIUM} is missing (apt-get install chromium)`,
  );

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  url: string;
}

let built = false;

/** Builds (once per process, as it ships) and serves the app, and launches Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!built) {
    await productionBuild();
    built = true;
  }
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  const browser = await launchChromium();
  return { browser, server, url };
}

export async function stopHarness(h: Harness | undefined): Promise<void> {
  await h?.browser.close();
  await h?.server.close();
}

/**
 * Starts the harness before the tests of the enclosing describe block (after `prepare`, if given)
 * and stops it after them; returns the running harness.
 */
export function useHarness(prepare?: () => Promise<unknown>): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    await prepare?.();
    h = await startHarness();
  }, 120_000);
  afterAll(async () => stopHarness(h));
  return () => {
    if (!h) throw new Error('the browser harness did not start');
    return h;
  };
}

/**
 * A describe block that runs only where Chromium is present, with one harness started before its
 * tests (after `prepare`, if given) and stopped after them; `timeout` is per test, in ms.
 */
export function describeInBrowser(
  name: string,
  options: { timeout?: number; prepare?: () => Promise<unknown> },
  body: (harness: () => Harness) => void,
): void {
  const { timeout, prepare } = options;
  describe.runIf(browserAvailable)(name, timeout === undefined ? {} : { timeout }, () =>
    body(useHarness(prepare)),
  );
}

/** A page that records console errors and every request to a host other than the app's own. */
export async function openPage(
  h: Harness,
  query = '',
  viewport = { width: 1600, height: 1000 },
): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const page = await h.browser.newPage({ viewport });
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(h.url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  await page.goto(`${h.url}${query}`);
  await page.waitForSelector('svg.figure-body');
  return { page, errors, foreign };
}

/** Sets a range input's value as a user dragging it would (input event). */
export async function setRange(page: Page, label: string, value: number): Promise<void> {
  await page.getByLabel(label, { exact: true }).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** The value of a form field by its exact label. */
export function fieldValue(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).inputValue();
}

/** Text of a readout by its label. */
export async function readout(page: Page, label: string): Promise<string> {
  return (await page
    .locator(`dd[aria-labelledby]`, { has: page.locator(':scope') })
    .filter({})
    .count()) >= 0
    ? (
        (await page
          .locator(`xpath=//dt[normalize-space(.)="${label}"]/following-sibling::dd[1]`)
          .textContent()) ?? ''
      ).trim()
    : '';
}

/** Angle of the drawn crest line in the whole-body figure, degrees (screen y down, so left-low gives a positive angle). */
export async function crestTilt(page: Page): Promise<number> {
  return page.locator('svg.figure-body .pelvis line').evaluate((l) => {
    const n = (a: string) => Number(l.getAttribute(a));
    return (Math.atan2(n('y1') - n('y2'), n('x2') - n('x1')) * 180) / Math.PI;
  });
}
