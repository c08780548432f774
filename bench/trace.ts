/**
 * `npx tsx bench/trace.ts [tab | slider] [seconds]`: where the renderer's main thread spends its
 * time while walking on a detail tab (or while the gluteus medius slider moves), from a Chromium
 * trace and a sampled JavaScript profile of the built app (run `npm run build` first; a build with
 * `--minify false` into another folder, named by TRACE_DIST, gives readable function names).
 *
 * Prints per frame (per change for the slider): the main thread's tasks by kind (scripts, style,
 * layout, paint, ...) with their CPU time from the trace, the objects each layout had to lay out,
 * and the functions that took the most JavaScript time (inclusive, sampled: wall time, so read
 * their shares on a busy machine). Tracing and sampling slow the page; compare runs of this tool
 * with each other, and the benchmark's figures (bench/browser.ts) with each other.
 */
import { preview } from 'vite';
import { launchChromium } from '../scripts/chromium.ts';

/** The fields of a trace event read here (durations and times in µs). */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** Rows of each table printed. */
const TOP = 25;
const what = process.argv[2] ?? 'hip';
const seconds = Number(process.argv[3] ?? 3);
const slider = what === 'slider';
const SLIDE = `(async () => {
  const input = [...document.querySelectorAll('input[type=range]')].find((e) =>
    e.closest('.field')?.textContent?.includes('Gluteus medius'));
  for (let i = 0; i < 30; i++) {
    input.value = String((i * 37) % 101);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
  }
})()`;

const server = await preview({
  build: { outDir: process.env.TRACE_DIST ?? 'dist' },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
});
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.addInitScript(
  'window.benchFrames = 0; const tick = () => { window.benchFrames++; requestAnimationFrame(tick); }; requestAnimationFrame(tick);',
);
const url = server.resolvedUrls?.local[0] ?? '';
await page.goto(`${url}?preset=sgn-palsy-complete${slider ? '' : `&mode=gait&detail=${what}`}`);
await page.waitForSelector('svg.figure-body');
if (!slider) {
  await page.locator('body').focus();
  await page.keyboard.press(' ');
}
await page.waitForTimeout(500);

const cdp = await page.context().newCDPSession(page);
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
await cdp.send('Tracing.start', {
  traceConfig: {
    includedCategories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink',
      'cc',
      'toplevel',
    ],
  },
  transferMode: 'ReportEvents',
});
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
await cdp.send('Profiler.start');
const frames = () => page.evaluate('window.benchFrames') as Promise<number>;
const f0 = await frames();
if (slider) await page.evaluate(SLIDE);
else await page.waitForTimeout(seconds * 1000);
const n = slider ? 30 : (await frames()) - f0;
const { profile } = await cdp.send('Profiler.stop');
await cdp.send('Tracing.end');
await complete;
await browser.close();
await server.close();

const per = (us: number) => (us / 1000 / n).toFixed(3).padStart(7);
const unit = slider ? 'change' : 'frame';
console.log(`${what}: ${n} ${unit}s; ms per ${unit}`);

// The renderer's main thread: self time of each kind of task, CPU where the trace has it.
const main = events.find((e) => e.name === 'thread_name' && e.args?.['name'] === 'CrRendererMain');
if (!main) throw new Error('no renderer main thread in the trace');
const mine = events
  .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
  .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
const self = new Map<string, number>();
const stack: { e: TraceEvent; children: number }[] = [];
let topCpu = 0;
const cpu = (e: TraceEvent) => e.tdur ?? e.dur!;
const close = () => {
  const s = stack.pop()!;
  self.set(s.e.name, (self.get(s.e.name) ?? 0) + cpu(s.e) - s.children);
  const parent = stack[stack.length - 1];
  if (parent) parent.children += cpu(s.e);
};
for (const e of mine) {
  while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= e.ts)
    close();
  if (!stack.length) topCpu += cpu(e);
  stack.push({ e, children: 0 });
}
while (stack.length) close();
console.log(`main thread, CPU ${per(topCpu)}; by task (self CPU time):`);
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP))
  console.log(`${per(us)}  ${name}`);

const layouts = mine.filter((e) => e.name === 'Layout');
const dirty = layouts.reduce((s, e) => {
  const data = e.args?.['beginData'] as { dirtyObjects?: number } | undefined;
  return s + (data?.dirtyObjects ?? 0);
}, 0);
console.log(
  `layouts ${(layouts.length / n).toFixed(2)}, objects laid out ${(dirty / n).toFixed(0)}`,
);

/** Prints a heading, then the TOP named functions that took the most time, µs per function. */
function printFunctions(heading: string, timeUs: ReadonlyMap<string, number>): void {
  console.log(heading);
  for (const [name, us] of [...timeUs]
    .filter(([k]) => !k.startsWith('('))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP))
    console.log(`${per(us)}  ${name}`);
}

// JavaScript: each function's inclusive time (once per sample however deep it recurses).
const byId = new Map(profile.nodes.map((p) => [p.id, p]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const c of node.children ?? []) parentOf.set(c, node.id);
const total = new Map<string, number>();
profile.samples?.forEach((sample, i) => {
  const names = new Set<string>();
  for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id))
    names.add(byId.get(id)!.callFrame.functionName || '(anonymous)');
  for (const k of names) total.set(k, (total.get(k) ?? 0) + (profile.timeDeltas?.[i + 1] ?? 0));
});
printFunctions('JavaScript, inclusive (sampled wall time):', total);

// JavaScript: each function's own time, with where it is.
const own = new Map<string, number>();
profile.samples?.forEach((sample, i) => {
  const f = byId.get(sample)!.callFrame;
  const k = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  own.set(k, (own.get(k) ?? 0) + (profile.timeDeltas?.[i + 1] ?? 0));
});
printFunctions('JavaScript, self (sampled wall time):', own);
