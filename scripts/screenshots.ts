/**
 * Screenshots of the built app (run `npm run build` first): `npm run screenshots`. Writes PNGs to
 * screenshots/ for a person to look at. `npm run screenshots -- --figures` takes only the figure's
 * set: normal, palsy, trunk lean, cane and walking at four phases, at the four screen sizes.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.ts';
import { preview } from 'vite';

/** Viewports, px: full HD, HD, XGA (a small projector) and 4K. */
const FULL_HD = { width: 1920, height: 1080 };
const HD = { width: 1280, height: 720 };
const XGA = { width: 1024, height: 768 };
const UHD = { width: 3840, height: 2160 };
const palsy = '?preset=sgn-palsy-complete';
const partial = '?preset=sgn-palsy-partial';

/** What to photograph: a name (the file gets the width added), the URL query and the viewport. */
const shots: { name: string; query: string; width: number; height: number }[] = [
  { name: 'normal', query: '', ...FULL_HD },
  { name: 'palsy', query: palsy, ...FULL_HD },
  { name: 'normal', query: '', ...HD },
  { name: 'palsy', query: palsy, ...HD },
  { name: 'palsy-lean', query: `${palsy}&compensation=trunk-lean&compare=ghost`, ...FULL_HD },
  { name: 'gait-palsy', query: `${palsy}&mode=gait&t=30`, ...FULL_HD },
  { name: 'lecture', query: `?lecture=1&${palsy.slice(1)}`, ...XGA },
  { name: 'lecture', query: '?lecture=1&step=3', ...UHD },
  { name: 'plot-demand', query: `${partial}&detail=demand-capacity`, ...FULL_HD },
  { name: 'plot-gait', query: `${palsy}&mode=gait&t=30&detail=gait-cycle`, ...FULL_HD },
  { name: 'plot-sweep', query: `${partial}&compensation=auto&detail=strength-sweep`, ...HD },
  { name: 'plot-arms', query: '?preset=coxa-valga&detail=moment-arms', ...FULL_HD },
  ...(process.argv[2] && process.argv[2] !== '--figures'
    ? [{ name: 'custom', query: process.argv[2], ...FULL_HD }]
    : []),
];

/** The figure's set: each scenario at each screen size (the file gets the width added). */
const figureScenarios: { name: string; query: string }[] = [
  { name: 'fig-normal', query: '' },
  { name: 'fig-palsy', query: palsy },
  { name: 'fig-lean', query: `${palsy}&compensation=trunk-lean` },
  { name: 'fig-cane', query: `${partial}&compensation=auto&cane=0.1` },
  ...[0, 30, 60, 80].map((t) => ({ name: `fig-walk-${t}`, query: `${palsy}&mode=gait&t=${t}` })),
];
const figureShots = figureScenarios.flatMap((f) =>
  [XGA, HD, FULL_HD, UHD].map((size) => ({ ...f, ...size })),
);
const chosen = process.argv[2] === '--figures' ? figureShots : [...shots, ...figureShots];

mkdirSync('screenshots', { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const browser = await launchChromium();
for (const s of chosen) {
  const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
  page.on('console', (m) => console.log(`[${s.name}-${s.width}] ${m.type()}: ${m.text()}`));
  await page.goto(`${url}${s.query}`);
  await page.waitForSelector('svg.figure');
  await page.screenshot({ path: `screenshots/${s.name}-${s.width}.png` });
  await page.close();
}
await browser.close();
await server.close();
console.log('screenshots written');
