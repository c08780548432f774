/**
 * Browser figures of the benchmark, measured in headless Chromium at 1920×1080 against the built
 * app (`vite build`, served by `vite preview`):
 *
 * - main-thread busy time per animation frame while walking, on every detail tab, and per slider
 *   change including its render: the Chrome DevTools Protocol's `Performance.getMetrics`
 *   `TaskDuration` (every task of the renderer's main thread: scripts, style, layout, paint),
 *   its increase over a measured window divided by the frames drawn (or the changes made) in it;
 * - the gzipped JavaScript the first screen loads, and the cold load to the first drawn figure.
 *
 * Each busy-time figure is the median of `runs` windows, each in a freshly loaded page; the
 * spread (smallest and largest) is kept beside it.
 */
import type { CDPSession, Page } from 'playwright-core';
import { preview } from 'vite';
import { productionBuild } from '../scripts/productionBuild.ts';
import { launchChromium } from '../scripts/chromium.ts';
import { FIRST_SCREEN_BUDGET_KB, firstScreenJsKb } from '../scripts/firstScreen.ts';
import { spread, type Figure } from './measure.ts';

/** The detail tabs of the app (src/lib/viewFields.ts `DETAILS`). */
export const TABS = [
  'hip',
  'demand-capacity',
  'gait-cycle',
  'strength-sweep',
  'moment-arms',
] as const;
/** The scenario every window is measured in: a complete palsy, the weak case. */
const SCENARIO = 'preset=sgn-palsy-complete';
/** Length of a walking window, ms, and slider changes per window. */
const WALK_WINDOW_MS = 3000;
const SLIDER_CHANGES = 30;

/** Main-thread time so far, ms: busy (TaskDuration, wall time of its tasks) and CPU (ThreadTime). */
export interface MainThread {
  readonly busyMs: number;
  readonly cpuMs: number;
}

async function mainThread(cdp: CDPSession): Promise<MainThread> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return { busyMs: ms('TaskDuration'), cpuMs: ms('ThreadTime') };
}

/** Main-thread time between two readings, divided by `n`. */
const per = (a: MainThread, b: MainThread, n: number): MainThread => ({
  busyMs: (b.busyMs - a.busyMs) / Math.max(1, n),
  cpuMs: (b.cpuMs - a.cpuMs) / Math.max(1, n),
});

/** Opens the app at `query` with the performance domain on and an animation-frame counter. */
async function open(page: Page, url: string, query: string): Promise<CDPSession> {
  // A string, not a function: the page must not see the bundler's helpers.
  await page.addInitScript(
    'window.benchFrames = 0; const tick = () => { window.benchFrames++; requestAnimationFrame(tick); }; requestAnimationFrame(tick);',
  );
  await page.goto(`${url}?${query}`);
  await page.waitForSelector('svg.figure-body');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

const frames = async (page: Page) => {
  const n = await page.evaluate('window.benchFrames');
  if (typeof n !== 'number') throw new Error('the frame counter is not running');
  return n;
};

/** Main-thread time per frame while walking on one tab, in a fresh page. */
export async function walkingFrame(page: Page, url: string, tab: string): Promise<MainThread> {
  const cdp = await open(page, url, `${SCENARIO}&mode=gait&detail=${tab}`);
  await page.locator('body').focus();
  await page.keyboard.press(' ');
  const figure = () => page.locator('svg.figure-body').innerHTML();
  const before = await figure();
  await page.waitForTimeout(500);
  if ((await figure()) === before) throw new Error(`the walk does not play on the ${tab} tab`);
  const t0 = await mainThread(cdp);
  const f0 = await frames(page);
  await page.waitForTimeout(WALK_WINDOW_MS);
  const t1 = await mainThread(cdp);
  return per(t0, t1, (await frames(page)) - f0);
}

/** Main-thread time per change of the gluteus medius slider, render included, in a fresh page. */
export async function sliderChange(page: Page, url: string): Promise<MainThread> {
  const cdp = await open(page, url, SCENARIO);
  // A string, not a function, as above; two frames after each change: rendered and painted.
  const slide = (values: number[]) =>
    page.evaluate(`(async () => {
      const input = document.querySelector('input[type=range]#gmed') ??
        [...document.querySelectorAll('input[type=range]')].find((e) =>
          e.closest('.field')?.textContent?.includes('Gluteus medius'));
      if (!input) throw new Error('no gluteus medius slider');
      for (const v of ${JSON.stringify(values)}) {
        input.value = String(v);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(r));
      }
    })()`);
  const values = Array.from({ length: SLIDER_CHANGES }, (_, i) => (i * 37) % 101);
  await slide(values.slice(0, 5));
  const t0 = await mainThread(cdp);
  await slide(values);
  // The two frames awaited after each change are counted: they are where it is rendered.
  return per(t0, await mainThread(cdp), SLIDER_CHANGES);
}

/** Cold load to the first drawn figure, ms: a fresh context (empty cache) each time. */
async function coldLoadMs(browser: Awaited<ReturnType<typeof launchChromium>>, url: string) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('svg.figure-body .pelvis');
  const ms = Date.now() - t0;
  await context.close();
  return ms;
}

/** Runs `measure` in `runs` fresh pages. */
async function repeat<T>(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  runs: number,
  measure: (page: Page) => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    try {
      out.push(await measure(await context.newPage()));
    } finally {
      await context.close();
    }
  }
  return out;
}

/** The busy-time figure (with the budget) and the CPU-time figure of repeated measurements. */
function threadFigures(name: string, times: readonly MainThread[]): Figure[] {
  return [
    {
      name: `main-thread busy time ${name}`,
      ...spread(times.map((t) => t.busyMs)),
      unit: 'ms',
      budget: { max: 4 },
    },
    {
      name: `main-thread CPU time ${name}`,
      ...spread(times.map((t) => t.cpuMs)),
      unit: 'ms',
    },
  ];
}

/**
 * The browser figures, each the median of `runs` windows; `only` keeps the figures whose name
 * matches it (a tab's name, `slider`, `load`), for a quicker look at one of them.
 */
export async function browserFigures(runs: number, only?: RegExp): Promise<Figure[]> {
  const wanted = (name: string) => !only || only.test(name);
  await productionBuild();
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0] ?? '';
  const browser = await launchChromium();
  try {
    const figures: Figure[] = [];
    for (const tab of TABS.filter(wanted))
      figures.push(
        ...threadFigures(
          `per animation frame, walking, ${tab} tab`,
          await repeat(browser, runs, (page) => walkingFrame(page, url, tab)),
        ),
      );
    if (wanted('slider'))
      figures.push(
        ...threadFigures(
          'per slider change, render included',
          await repeat(browser, runs, (page) => sliderChange(page, url)),
        ),
      );
    if (!wanted('load')) return figures;
    const loads: number[] = [];
    for (let i = 0; i < Math.max(runs, 5); i++) loads.push(await coldLoadMs(browser, url));
    figures.push({
      name: 'cold load to first drawn figure (1920×1080, empty cache)',
      ...spread(loads),
      unit: 'ms',
    });
    figures.push({
      name: 'gzipped JavaScript of the first screen',
      value: firstScreenJsKb(),
      unit: 'KB',
      budget: { max: FIRST_SCREEN_BUDGET_KB },
    });
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Chromium's version, for the record. */
export async function chromiumVersion(): Promise<string> {
  const browser = await launchChromium();
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}
