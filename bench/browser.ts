/**
 * Browser figures of the benchmark, measured in headless Chromium at 1920×1080 against the built
 * app: cold load to first drawn figure, main-thread time per animation frame and per slider change,
 * and the gzipped size of the JavaScript the first screen loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.ts';
import { build, preview } from 'vite';
import type { Figure } from './measure.ts';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** Gzipped bytes of the scripts index.html loads up front (lazy chunks excluded). */
function firstScreenJsKb(): number {
  const html = readFileSync('dist/index.html', 'utf8');
  const eager = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const all = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  const files = eager.length ? eager : all.map((f) => `assets/${f}`);
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(`dist/${f}`)).length, 0) / 1024;
}

export async function browserFigures(): Promise<Figure[]> {
  await build({ logLevel: 'silent' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0] ?? '';
  const browser = await launchChromium();
  try {
    // Cold load: a fresh context (empty cache) each time, navigation to the first drawn figure.
    const loads: number[] = [];
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(url);
      await page.waitForSelector('svg.figure-body .pelvis');
      loads.push(Date.now() - t0);
      await context.close();
    }
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${url}?preset=sgn-palsy-complete&mode=gait`);
    await page.waitForSelector('svg.figure-body');
    // Main-thread work of one input and the redraw it causes, until the next task.
    const timeInput = (label: string, values: number[]) =>
      page.evaluate(
        async ([name, vs]) => {
          const input = [...document.querySelectorAll('input[type=range]')].find(
            (e) =>
              e.getAttribute('aria-label') === name ||
              document.querySelector(`label[for="${e.id}"]`)?.textContent === name ||
              e.closest('label')?.textContent?.includes(name),
          ) as HTMLInputElement | undefined;
          if (!input) throw new Error(`no slider ${name}`);
          const times: number[] = [];
          for (const v of vs) {
            const t0 = performance.now();
            input.value = String(v);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise((r) => {
              const ch = new MessageChannel();
              ch.port1.onmessage = r;
              ch.port2.postMessage(0);
            });
            times.push(performance.now() - t0);
          }
          return times;
        },
        [label, values] as const,
      );
    // An animation frame = the gait cursor moving one frame (what the d3 timer does at 60 fps).
    const frames = await timeInput(
      'Gait cycle',
      Array.from({ length: 120 }, (_, i) => (i * 0.8) % 100),
    );
    const sliders = await timeInput(
      'Gluteus medius strength',
      Array.from({ length: 60 }, (_, i) => (i * 7) % 101),
    );
    return [
      {
        name: 'cold load to first drawn figure (1920×1080, empty cache)',
        value: median(loads),
        unit: 'ms',
        budget: { max: 1500 },
      },
      {
        name: 'main-thread time per animation frame (median)',
        value: median(frames),
        unit: 'ms',
        budget: { max: 4 },
      },
      {
        name: 'main-thread time per slider change (median)',
        value: median(sliders),
        unit: 'ms',
        budget: { max: 4 },
      },
      {
        name: 'gzipped JavaScript of the first screen',
        value: firstScreenJsKb(),
        unit: 'KB',
        budget: { max: 200 },
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
