/**
 * Screenshots of the built app (run `npm run build` first): `npm run screenshots`. Writes PNGs to
 * screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.ts';
import { preview } from 'vite';

const shots: { name: string; query: string; width: number; height: number }[] = [
  { name: 'normal-1920', query: '', width: 1920, height: 1080 },
  { name: 'palsy-1920', query: '?preset=sgn-palsy-complete', width: 1920, height: 1080 },
  { name: 'normal-1280', query: '', width: 1280, height: 720 },
  { name: 'palsy-1280', query: '?preset=sgn-palsy-complete', width: 1280, height: 720 },
  {
    name: 'palsy-lean-1920',
    query: '?preset=sgn-palsy-complete&compensation=trunk-lean&compare=ghost',
    width: 1920,
    height: 1080,
  },
  {
    name: 'gait-palsy-1920',
    query: '?preset=sgn-palsy-complete&mode=gait&t=30',
    width: 1920,
    height: 1080,
  },
  { name: 'lecture-1024', query: '?lecture=1&preset=sgn-palsy-complete', width: 1024, height: 768 },
  { name: 'lecture-3840', query: '?lecture=1&step=3', width: 3840, height: 2160 },
  {
    name: 'plot-demand-1920',
    query: '?preset=sgn-palsy-partial&detail=demand-capacity',
    width: 1920,
    height: 1080,
  },
  {
    name: 'plot-gait-1920',
    query: '?preset=sgn-palsy-complete&mode=gait&t=30&detail=gait-cycle',
    width: 1920,
    height: 1080,
  },
  {
    name: 'plot-sweep-1280',
    query: '?preset=sgn-palsy-partial&compensation=auto&detail=strength-sweep',
    width: 1280,
    height: 720,
  },
  {
    name: 'plot-arms-1920',
    query: '?preset=coxa-valga&detail=moment-arms',
    width: 1920,
    height: 1080,
  },
  ...(process.argv[2]
    ? [{ name: 'custom', query: process.argv[2], width: 1920, height: 1080 }]
    : []),
];

mkdirSync('screenshots', { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const browser = await launchChromium();
for (const s of shots) {
  const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
  page.on('console', (m) => console.log(`[${s.name}] ${m.type()}: ${m.text()}`));
  await page.goto(`${url}${s.query}`);
  await page.waitForSelector('svg.figure');
  await page.screenshot({ path: `screenshots/${s.name}.png` });
  await page.close();
}
await browser.close();
await server.close();
console.log('screenshots written');
