/**
 * No two texts of the figure overlap and none covers an arrowhead, in every scenario and view, at
 * the sizes the app draws the figures on the four screens, on screen and on a projector. Text
 * extents come from the serialised SVG: font size × character count, generously (0.7 em per bold
 * character, 0.62 em per regular one, 1.2 em tall), not from the placement's own estimate.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE, solveStance, type StanceInput } from '../../sim/index.ts';
import { figureTheme } from '../../src/lib/figures.ts';
import { stanceFigure } from '../../src/render/figure/pose/index.ts';
import { figureScene } from '../../src/render/figure/scene.ts';
import { serialize } from '../../src/render/svg.ts';
import { preset } from './fixtures.ts';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  what: string;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The box of every <text> of a serialised figure. */
function textBoxes(svg: string): Box[] {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map(([, tag, raw]) => {
    const text = unescape(raw!);
    const size = Number(attr(tag!, 'font-size'));
    const bold = Number(attr(tag!, 'font-weight') ?? 400) >= 600;
    const w = [...text].length * size * (bold ? 0.7 : 0.62);
    const x = Number(attr(tag!, 'x'));
    const y = Number(attr(tag!, 'y'));
    const anchor = attr(tag!, 'text-anchor') ?? 'start';
    const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
    expect(attr(tag!, 'dominant-baseline'), `"${text}" is centred on its y`).toBe('middle');
    return { x0, x1: x0 + w, y0: y - 0.6 * size, y1: y + 0.6 * size, what: text };
  });
}

/** The box of every arrowhead (a triangle "Mx,yLx,yLx,yZ"). */
function arrowheads(svg: string): Box[] {
  return [...svg.matchAll(/<path d="([^"]*)"[^>]*class="arrowhead"/g)].map(([, d]) => {
    const n = (d!.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
    const xs = n.filter((_, i) => i % 2 === 0);
    const ys = n.filter((_, i) => i % 2 === 1);
    return {
      x0: Math.min(...xs),
      x1: Math.max(...xs),
      y0: Math.min(...ys),
      y1: Math.max(...ys),
      what: 'arrowhead',
    };
  });
}

/** Overlap of more than half a pixel each way. */
const clash = (a: Box, b: Box) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 &&
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;

const scenarios: [string, StanceInput][] = [
  ['normal', DEFAULT_STANCE],
  ['palsy', preset('sgn-palsy-complete')],
  ['trunk lean', preset('sgn-palsy-complete', { compensation: 'trunk-lean' })],
  ['cane', preset('sgn-palsy-partial', { compensation: 'auto', caneFractionBW: 0.1 })],
];

/**
 * The figures' boxes on each screen (px): the whole body and the close-up as the app lays them out
 * beside the controls, and one large figure filling most of the screen (lecture mode).
 */
const screens = [
  { name: '1024×768', w: 1024, h: 768 },
  { name: '1280×720', w: 1280, h: 720 },
  { name: '1920×1080', w: 1920, h: 1080 },
  { name: '3840×2160', w: 3840, h: 2160 },
];
const boxes = (s: { w: number; h: number }) => [
  { view: 'body' as const, w: Math.round(0.3 * s.w), h: Math.round(s.h - 230) },
  { view: 'hip' as const, w: Math.round(0.3 * s.w), h: Math.round(0.55 * s.h) },
  { view: 'hip' as const, w: Math.round(0.44 * s.w), h: Math.round(s.h - 200) },
  { view: 'body' as const, w: Math.round(0.5 * s.w), h: Math.round(s.h - 160) },
  { view: 'hip' as const, w: Math.round(0.5 * s.w), h: Math.round(s.h - 160) },
];

describe('the figure’s labels', () => {
  for (const [name, input] of scenarios)
    for (const screen of screens)
      it(`never overlap each other or an arrowhead: ${name} at ${screen.name}`, () => {
        const r = solveStance(input);
        const f = stanceFigure(r);
        for (const lecture of [false, true])
          for (const box of boxes(screen)) {
            const svg = serialize(
              figureScene(f.pose, {
                title: name,
                description: name,
                bodyWeightN: r.bodyWeightN,
                overlays: f.overlays,
                view: box.view,
                widthPx: box.w,
                heightPx: box.h,
                theme: figureTheme(lecture, box.h),
                muscleNames: lecture,
              }),
            );
            const texts = textBoxes(svg);
            const heads = arrowheads(svg);
            const where = `${box.view} ${box.w}×${box.h}${lecture ? ' lecture' : ''}`;
            expect(texts.length, where).toBeGreaterThan(2);
            for (let i = 0; i < texts.length; i++) {
              const a = texts[i]!;
              expect(
                a.x0 >= -0.5 && a.x1 <= box.w + 0.5 && a.y0 >= -0.5 && a.y1 <= box.h + 0.5,
                `"${a.what}" inside the figure (${where})`,
              ).toBe(true);
              for (const b of [...texts.slice(i + 1), ...heads])
                expect(clash(a, b), `"${a.what}" and "${b.what}" (${where})`).toBe(false);
            }
          }
      });
});
