/**
 * The close-up's panel: the key (which body the forces act on, what each symbol is, the arrows'
 * scale), the moments about the hip as a seesaw and as bars (what turns the pelvis down against
 * what holds it, as in PhET's Balancing Act), and the colour bar of muscle activation. Blocks flow
 * into columns; a block that does not fit is left out, the least needed first.
 */
import { forceText } from '../format.ts';
import { el, type SvgNode } from '../svg.ts';
import { arrowPx, ARROW_M_PER_BW, forceColour } from './forceArrows.ts';
import type { PixelBox } from './frame.ts';
import { LINE_EM, textSize } from './labels.ts';
import { ARM_SYMBOL, armText } from './overlays.ts';
import { panelFontPx, panelText, wrap, type Block, type PanelInput } from './panelParts.ts';
import type { BodyForce, BodyForceId } from './pose/index.ts';
import { seesawBlock } from './seesaw.ts';
import { cached } from './shapes.ts';
import { activationBlock } from './colourBar.ts';

/** What each force is, in the key's few words. */
const KEY_WORDS: Record<BodyForceId, string> = {
  weight: 'body weight above the hip',
  muscles: 'hip muscles, toward the femur',
  'iliotibial-tract': 'iliotibial tract',
  'capsule-iliofemoral': 'iliofemoral ligament',
  'capsule-pubofemoral': 'pubofemoral ligament',
  'bony-end-stop': 'bone on bone, end of range',
  contact: 'femoral head on the acetabulum',
  cane: 'cane on the hand',
  load: 'carried load',
};

/** The same in one word, for a narrow panel. */
const KEY_WORD: Record<BodyForceId, string> = {
  weight: 'weight',
  muscles: 'muscles',
  'iliotibial-tract': 'tract',
  'capsule-iliofemoral': 'ligament',
  'capsule-pubofemoral': 'ligament',
  'bony-end-stop': 'bone',
  contact: 'joint',
  cane: 'cane',
  load: 'load',
};
/** Below this width (in font sizes) the panel speaks in single words. */
const NARROW_EM = 14;

/** The key, built once for what it shows (with values it changes from frame to frame). */
function keyOnce(p: PanelInput, w: number): Block {
  if (p.values) return keyBlock(p, w);
  const t = p.t;
  const what = p.drawn.map((d) => `${d.id}${d.force.y > 0 ? '+' : '-'}`).join();
  return cached(
    `key-block:${what}:${w}:${p.pxPerM}:${p.units}:${p.bodyWeightN}:${t.name}:${t.fontPx}:${t.lineScale}`,
    () => keyBlock(p, w),
  );
}

/** The key: the body the forces act on, each force's symbol and words, and the arrows' scale. */
function keyBlock(p: PanelInput, w: number): Block {
  const t = p.t;
  const f = panelFontPx(t);
  const row = LINE_EM * f * 1.12;
  const narrow = w < NARROW_EM * f;
  const title = wrap(
    narrow ? 'Forces on pelvis + trunk' : 'Forces on the pelvis with the upper body',
    w,
    f,
    true,
  );
  // With values (a small figure), each force is its coloured symbol, a word, its value and lever arm.
  const swatch = p.values ? 0 : 2.2 * f;
  const symbolW = Math.max(...p.drawn.map((d) => textSize(d.symbol, f, true).w), 0) + 0.5 * f;
  const textW = w - swatch - symbolW - 0.3 * f;
  const words = (d: BodyForce): string[] => {
    if (!p.values) return wrap(narrow ? KEY_WORD[d.id] : KEY_WORDS[d.id], textW, f);
    // Values keep together (no-break spaces); the line breaks between word, value and arm.
    const keep = (text: string) => text.replace(/ /g, '\u00a0');
    const arm = p.showMoments ? armText(d)?.replace(' = ', ' ') : undefined;
    const value = forceText(d.forceN, p.bodyWeightN, p.units);
    return wrap([KEY_WORD[d.id], keep(value), ...(arm ? [keep(arm)] : [])].join(' '), textW, f);
  };
  const rows = p.drawn.map((d) => ({ d, lines: words(d) }));
  const scalePx = ARROW_M_PER_BW * p.pxPerM;
  const scaleN = p.units === 'N' ? 500 : p.bodyWeightN;
  const scaleLen = (scaleN / p.bodyWeightN) * scalePx;
  const scaleText = `= ${forceText(scaleN, p.bodyWeightN, p.units)}`;
  const scaleBeside = scaleLen + 0.5 * f + textSize(scaleText, f, false).w <= w;
  const height =
    row *
      (title.length + rows.reduce((s, r) => s + r.lines.length, 0) + (scaleBeside ? 1.4 : 2.4)) +
    0.4 * f;
  return {
    height,
    key: p.values
      ? undefined
      : `key:${p.drawn.map((d) => `${d.id}${d.force.y > 0 ? '+' : '-'}`).join()}:${scaleLen}:${p.units}:${f}:${t.name}:${t.lineScale}`,
    draw: (x, y) => {
      const out: SvgNode[] = title.map((l, i) =>
        panelText(t, x, y + row * (i + 0.5), l, { bold: true }),
      );
      let yy = y + row * title.length;
      for (const { d, lines } of rows) {
        const cy = yy + row * 0.5;
        const colour = forceColour(d.id, t);
        const up = d.force.y > 0;
        if (swatch > 0)
          out.push(
            arrowPx(
              t,
              [x + swatch * 0.5, up ? cy + row * 0.42 : cy - row * 0.42],
              [x + swatch * 0.5, up ? cy - row * 0.42 : cy + row * 0.42],
              colour,
              `${d.symbol} in the key`,
              2.4 * t.lineScale,
            ).node,
          );
        out.push(panelText(t, x + swatch, cy, d.symbol, { bold: true, colour }));
        lines.forEach((l, i) => out.push(panelText(t, x + swatch + symbolW, cy + row * i, l)));
        yy += row * lines.length;
      }
      const sy = yy + row * 0.7;
      out.push(
        el(
          'g',
          {
            class: 'arrow-scale',
            'aria-label': `Arrow scale: this long is ${forceText(scaleN, p.bodyWeightN, p.units)}`,
          },
          [
            el('line', {
              x1: x,
              y1: sy,
              x2: x + scaleLen,
              y2: sy,
              stroke: t.ink,
              'stroke-width': 2 * t.lineScale,
            }),
            el('line', {
              x1: x,
              y1: sy - 0.3 * f,
              x2: x,
              y2: sy + 0.3 * f,
              stroke: t.ink,
              'stroke-width': 1.5 * t.lineScale,
            }),
            el('line', {
              x1: x + scaleLen,
              y1: sy - 0.3 * f,
              x2: x + scaleLen,
              y2: sy + 0.3 * f,
              stroke: t.ink,
              'stroke-width': 1.5 * t.lineScale,
            }),
          ],
        ),
        scaleBeside
          ? panelText(t, x + scaleLen + 0.5 * f, sy, scaleText)
          : panelText(t, x, sy + row, scaleText),
      );
      return out;
    },
  };
}

/** The moments about the hip as two stacked bars: what turns the pelvis down, what holds it. */
function momentBlock(p: PanelInput, w: number): Block {
  const t = p.t;
  const f = panelFontPx(t);
  const row = LINE_EM * f * 1.12;
  const forces = p.overlays.forces.filter((d) => Math.abs(d.momentNm) >= 0.05);
  const down = forces.filter((d) => d.momentNm > 0);
  const up = forces.filter((d) => d.momentNm < 0);
  const sum = (fs: readonly BodyForce[]) => fs.reduce((s, d) => s + Math.abs(d.momentNm), 0);
  const total = Math.max(sum(down), sum(up), 1e-9);
  const narrow = w < NARROW_EM * f;
  const heads = narrow ? ['down', 'up'] : ['turn it down', 'hold it up'];
  const headW = Math.max(...heads.map((h) => textSize(h, f).w)) + 0.5 * f;
  const valueW = textSize('000 N·m', f).w + 0.4 * f;
  // Too narrow for a row's name, bar and value side by side: the name goes above its bar.
  const stacked = w < headW + valueW + 3 * f;
  const barW = stacked ? w - valueW : w - headW - valueW;
  const rowsPerBar = stacked ? 2 : 1;
  const note = p.overlays.dynamic
    ? wrap('Walking: not in balance, the rest turns the body', w, f)
    : [];
  const title = wrap(narrow ? 'Moments about hip' : 'Moments about the hip', w, f, true);
  const height = row * (title.length + 2 * rowsPerBar + 0.4 + note.length) + 0.4 * f;
  const bar = (fs: readonly BodyForce[], x: number, y: number, name: string): SvgNode[] => {
    const out: SvgNode[] = [panelText(t, x, stacked ? y - row : y, name)];
    let at = stacked ? x : x + headW;
    for (const d of fs) {
      const len = (Math.abs(d.momentNm) / total) * barW;
      out.push(
        el('rect', {
          x: at,
          y: y - row * 0.38,
          width: len,
          height: row * 0.76,
          fill: forceColour(d.id, t),
          stroke: t.background,
          'stroke-width': 1,
          class: 'moment-bar',
          'aria-label': `${d.symbol}·${ARM_SYMBOL[d.id]} = ${d.momentNm.toFixed(1)} N·m`,
        }),
      );
      const label = `${d.symbol}·${ARM_SYMBOL[d.id]}`;
      if (textSize(label, f * 0.85, true).w + 4 < len)
        out.push(
          panelText(t, at + len / 2, y, label, {
            anchor: 'middle',
            bold: true,
            colour: t.background,
            size: f * 0.85,
          }),
        );
      at += len;
    }
    out.push(panelText(t, at + 0.3 * f, y, `${Math.round(sum(fs))} N·m`));
    return out;
  };
  return {
    height,
    draw: (x, y) => [
      ...title.map((l, i) => panelText(t, x, y + row * (i + 0.5), l, { bold: true })),
      ...bar(down, x, y + row * (title.length + rowsPerBar - 0.4), heads[0]!),
      ...bar(up, x, y + row * (title.length + 2 * rowsPerBar - 0.2), heads[1]!),
      ...note.map((l, i) =>
        panelText(t, x, y + row * (title.length + 2 * rowsPerBar + 1 + i), l, {
          colour: t.mutedInk,
        }),
      ),
    ],
  };
}

/** The blocks to show, most needed first. */
export function panelBlocks(p: PanelInput, w: number): Block[] {
  return [
    ...(p.showForces ? [keyOnce(p, w)] : []),
    ...(p.showMoments ? [momentBlock(p, w), seesawBlock(p, w)] : []),
    ...(p.showActivation ? [activationBlock(p.t, w, `${p.id}-activation`)] : []),
  ];
}

/** Lays the blocks into columns of `box` and draws them; a block that does not fit is left out. */
export function panelNode(box: PixelBox, p: PanelInput, columnW: number): SvgNode {
  const t = p.t;
  const pad = 0.6 * t.fontPx;
  const cols = Math.max(1, Math.floor((box.width - pad) / (columnW + pad)));
  const w = (box.width - pad * (cols + 1)) / cols;
  const nodes: SvgNode[] = [];
  let col = 0;
  let y = box.y + pad;
  for (const b of panelBlocks(p, w)) {
    if (b.height > box.height - 2 * pad) continue;
    if (y + b.height > box.y + box.height - pad) {
      col++;
      y = box.y + pad;
    }
    if (col >= cols) break;
    const x = box.x + pad + col * (w + pad);
    const draw = () => b.draw(x, y, w);
    nodes.push(...(b.key === undefined ? draw() : cached(`panel:${b.key}:${x}:${y}:${w}`, draw)));
    y += b.height + pad;
  }
  return el('g', { class: 'key-panel', 'aria-label': 'Key, moments and activation' }, [
    el('rect', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      fill: t.panel,
      stroke: t.floor,
      'stroke-width': 1,
    }),
    ...nodes,
  ]);
}
