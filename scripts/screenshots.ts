/**
 * Screenshots of the built app (run `npm run build` first): `npm run screenshots [filter]`. Writes
 * PNGs to screenshots/ for a person to look at: the desk at four sizes, lecture mode at the four
 * projector sizes (normal, palsy, trunk lean, cane, walking), phones and tablets emulated (touch,
 * pixel ratio), the figure embedded in an 800 × 450 <iframe>, and the figure's set (fig-: normal,
 * palsy, trunk lean, cane and walking at four phases, at the four screen sizes), and the nerve block
 * (pressed, then paused mid-fall) and the population plot (once every strength is solved) at HD and
 * full HD, and the validation table (HD). A filter (a regular expression) keeps the shots whose file name matches it.
 */
import { mkdirSync } from 'node:fs';
import { devices, type Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { preview } from 'vite';

/** Viewports, px: full HD, HD, XGA (a small projector) and 4K. */
const FULL_HD = { width: 1920, height: 1080 };
const HD = { width: 1280, height: 720 };
const XGA = { width: 1024, height: 768 };
const UHD = { width: 3840, height: 2160 };
const palsy = '?preset=sgn-palsy-complete';
const partial = '?preset=sgn-palsy-partial';

/** A shot: file name, URL query, and a viewport, a device to emulate, or an embedding frame. */
interface Shot {
  readonly name: string;
  readonly query: string;
  readonly width?: number;
  readonly height?: number;
  readonly device?: string;
  /** Shown inside an <iframe> of this size on another page. */
  readonly frame?: { readonly width: number; readonly height: number };
  /** What to do on the page before the shot. */
  readonly act?: (page: Page) => Promise<void>;
}

/** Presses "Block the nerve" and pauses the block `timeS` seconds after it. */
const blockAt = (timeS: number) => async (page: Page) => {
  await page.getByRole('button', { name: 'Block the nerve' }).click();
  await page.getByRole('slider', { name: 'Time after the block' }).fill(String(timeS));
};

/** Waits until the population plot has solved every strength. */
const populationSolved = async (page: Page) => {
  await page.waitForSelector('svg.plot-population');
  await page.waitForFunction(() => !document.body.textContent?.includes('Solving '), null, {
    timeout: 60_000,
  });
};

/** Lecture mode's scenarios: the sequence's four steps and a palsy walking. */
const LECTURE = [
  { name: 'normal', query: '?lecture=1' },
  { name: 'palsy', query: '?lecture=1&step=2' },
  { name: 'lean', query: '?lecture=1&step=3' },
  { name: 'cane', query: '?lecture=1&step=4' },
  { name: 'walking', query: `?lecture=1&${palsy.slice(1)}&mode=gait&t=45&detail=gait-cycle` },
];

const shots: Shot[] = [
  { name: 'normal', query: '', ...FULL_HD },
  { name: 'palsy', query: palsy, ...FULL_HD },
  { name: 'normal', query: '', ...HD },
  { name: 'palsy', query: palsy, ...HD },
  { name: 'palsy', query: palsy, ...XGA },
  { name: 'palsy', query: palsy, ...UHD },
  { name: 'palsy-lean', query: `${palsy}&compensation=trunk-lean&compare=ghost`, ...FULL_HD },
  { name: 'gait-palsy', query: `${palsy}&mode=gait&t=30`, ...FULL_HD },
  ...[XGA, HD, FULL_HD, UHD].flatMap((size) =>
    LECTURE.map((l) => ({ name: `lecture-${l.name}`, query: l.query, ...size })),
  ),
  { name: 'lecture-light', query: '?lecture=1&step=2&projector=light', ...HD },
  { name: 'plot-demand', query: `${partial}&detail=demand-capacity`, ...FULL_HD },
  { name: 'plot-gait', query: `${palsy}&mode=gait&t=30&detail=gait-cycle`, ...FULL_HD },
  { name: 'plot-sweep', query: `${partial}&compensation=auto&detail=strength-sweep`, ...HD },
  { name: 'plot-arms', query: '?preset=coxa-valga&detail=moment-arms', ...FULL_HD },
  ...[HD, FULL_HD].flatMap((size) => [
    { name: 'nerve-block-partial', query: partial, act: blockAt(0.3), ...size },
    { name: 'nerve-block-healthy', query: '', act: blockAt(1.2), ...size },
    { name: 'lecture-nerve-block', query: '?lecture=1&step=2', act: blockAt(0.5), ...size },
    {
      name: 'plot-population',
      query: `${partial}&detail=population`,
      act: populationSolved,
      ...size,
    },
    {
      name: 'plot-population-palsy',
      query: `${palsy}&detail=population&pin=normal`,
      act: populationSolved,
      ...size,
    },
  ]),
  {
    name: 'validation',
    query: palsy,
    act: (page: Page) => page.getByRole('button', { name: 'How do we know?' }).click(),
    ...HD,
  },
  { name: 'phone', query: palsy, device: 'Pixel 7' },
  { name: 'tablet-portrait', query: palsy, device: 'iPad Mini' },
  { name: 'tablet-landscape', query: palsy, device: 'iPad Mini landscape' },
  { name: 'embed', query: `${palsy}&embed=1`, frame: { width: 800, height: 450 } },
  {
    name: 'embed-strength-plot',
    query: `${palsy}&embed=1&controls=strength&detail=demand-capacity`,
    frame: { width: 800, height: 450 },
  },
  // The figure's set: each scenario at each screen size (filter with `fig-`).
  ...[XGA, HD, FULL_HD, UHD].flatMap((size) =>
    [
      { name: 'fig-normal', query: '' },
      { name: 'fig-palsy', query: palsy },
      { name: 'fig-lean', query: `${palsy}&compensation=trunk-lean` },
      { name: 'fig-cane', query: `${partial}&compensation=auto&cane=0.1` },
      ...[0, 30, 60, 80].map((t) => ({
        name: `fig-walk-${t}`,
        query: `${palsy}&mode=gait&t=${t}`,
      })),
    ].map((f) => ({ ...f, ...size })),
  ),
  ...(process.argv[3] ? [{ name: 'custom', query: process.argv[3], ...FULL_HD }] : []),
];

const only = new RegExp(process.argv[2] ?? '');
mkdirSync('screenshots', { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const browser = await launchChromium();
for (const s of shots) {
  const file = `${s.name}-${s.device?.replace(/ /g, '-') ?? s.frame?.width ?? s.width}`;
  if (!only.test(file)) continue;
  const context = await browser.newContext(
    s.device
      ? { ...devices[s.device] }
      : s.frame
        ? { viewport: { width: s.frame.width + 40, height: s.frame.height + 40 } }
        : { viewport: { width: s.width ?? 1280, height: s.height ?? 720 } },
  );
  const page = await context.newPage();
  page.on('console', (m) => console.log(`[${file}] ${m.type()}: ${m.text()}`));
  if (s.frame) {
    await page.setContent(
      `<body style="margin:20px;background:#ccc"><iframe src="${url}${s.query}" ` +
        `width="${s.frame.width}" height="${s.frame.height}" style="border:0"></iframe></body>`,
    );
    await page.frames()[1]?.waitForSelector('svg.figure');
  } else {
    await page.goto(`${url}${s.query}`);
    await page.waitForSelector('svg.figure');
  }
  await s.act?.(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `screenshots/${file}.png` });
  await context.close();
}
await browser.close();
await server.close();
console.log('screenshots written');
