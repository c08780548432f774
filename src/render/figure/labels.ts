/**
 * Labels that never collide: each label is put at the first good spot around the point it names,
 * searched outward ring by ring, where it overlaps no label placed before it, no arrowhead and no
 * other kept-out box, and stays inside the drawing area; among the spots of a ring it prefers its
 * own direction and crosses the fewest drawn lines. A label put far from its point gets a leader;
 * a label with no room at all is left out (the figure's key carries its value).
 * Text extents are estimated generously from the font size (DejaVu Sans is the widest of the
 * fonts the figure names).
 */
import { el, textEl, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';

/** A rectangle, px. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** What to label where. */
export interface LabelRequest {
  readonly text: string;
  /** The point the label names, px. */
  readonly at: readonly [number, number];
  readonly colour: string;
  readonly fontPx: number;
  readonly bold?: boolean;
  /** Nearest distance from the point, px (default: a third of the font size). */
  readonly gapPx?: number;
  /** Preferred direction from the point, rad on screen (0 right, π/2 down); none: any. */
  readonly prefer?: number | undefined;
  /** Draw a line back to the point when the label ends up far from it. */
  readonly leader?: boolean;
  readonly className?: string;
}

/** Characters about as wide as the font size (DejaVu Sans). */
const WIDE = new Set(['W', 'M', 'm', 'w', '×', '=', '%', '@', '—', '·', '+', '−', '–']);
/** Width of a character in em, bold or regular (at least the font's widest common letters). */
const EM = { wide: 1.0, bold: 0.72, regular: 0.64 } as const;
/** Box height of one line, em (text centred on its y). */
export const LINE_EM = 1.25;
/** Room kept around each label, px. */
const PAD_PX = 2;
/** Rings searched outward and directions per ring. */
const RINGS = 14;
const DIRECTIONS = 16;

/** Width and height a text takes, px (generous); lines are split at "\n". */
export function textSize(text: string, fontPx: number, bold = true): { w: number; h: number } {
  const lines = text.split('\n');
  let widest = 0;
  for (const line of lines) {
    let em = 0;
    for (const c of line) em += WIDE.has(c) ? EM.wide : bold ? EM.bold : EM.regular;
    widest = Math.max(widest, em);
  }
  return { w: widest * fontPx, h: LINE_EM * fontPx * lines.length };
}

/** The box of a text centred at (x, y). */
export function boxAt(x: number, y: number, w: number, h: number): Box {
  return { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
}

/** Whether two boxes overlap (touching is not overlapping). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

const inside = (b: Box, area: Box) =>
  b.x0 >= area.x0 && b.x1 <= area.x1 && b.y0 >= area.y0 && b.y1 <= area.y1;

/**
 * A halo of the background around text at `fontPx`, so that it reads over lines and drawn parts:
 * wide enough that the halos of neighbouring glyphs close the gaps between them (spaces
 * included), so a line under the text never shows through it like a strike-through.
 */
export function haloAttrs(t: Theme, fontPx: number): Record<string, string | number> {
  return {
    stroke: t.background,
    'stroke-width': Math.max(4, 0.5 * fontPx),
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  };
}

/**
 * A label's text: centred on (x, y), haloed in the background ({@link haloAttrs}); one text
 * element per line.
 */
export function labelText(t: Theme, x: number, y: number, r: LabelRequest): SvgNode[] {
  const lines = r.text.split('\n');
  const top = y - ((lines.length - 1) * LINE_EM * r.fontPx) / 2;
  return lines.map((line, i) => labelLine(t, x, top + i * LINE_EM * r.fontPx, r, line));
}

/** One line of a label. */
function labelLine(t: Theme, x: number, y: number, r: LabelRequest, text: string): SvgNode {
  return textEl(
    'text',
    {
      x,
      y,
      'text-anchor': 'middle',
      'dominant-baseline': 'middle',
      'font-size': r.fontPx,
      'font-weight': r.bold === false ? 400 : 600,
      fill: r.colour,
      ...haloAttrs(t, r.fontPx),
      class: r.className ?? 'label',
    },
    text,
  );
}

/** Where labels went: their boxes (to keep out of later ones) and their marks. */
export interface Placed {
  readonly boxes: Box[];
  readonly nodes: SvgNode[];
}

/** Side of a cell of the grid that counts line points under a box, px. */
const CELL_PX = 8;

/** Counts of line points per grid cell: how much drawing a box would cover, quickly. */
function lineGrid(points: readonly (readonly [number, number])[]): (b: Box) => number {
  const cells = new Map<number, number>();
  const key = (i: number, j: number) => i * 100003 + j;
  for (const [x, y] of points) {
    const k = key(Math.floor(x / CELL_PX), Math.floor(y / CELL_PX));
    cells.set(k, (cells.get(k) ?? 0) + 1);
  }
  return (b) => {
    let n = 0;
    for (let i = Math.floor(b.x0 / CELL_PX); i <= Math.floor(b.x1 / CELL_PX); i++)
      for (let j = Math.floor(b.y0 / CELL_PX); j <= Math.floor(b.y1 / CELL_PX); j++)
        n += cells.get(key(i, j)) ?? 0;
    return n;
  };
}

/**
 * Places `requests` in order. `keepOut` are boxes no label may cover (arrowheads, fixed text);
 * `lines` are points of drawn lines a label should rather not cover (see `densify` in
 * ../plots/placement.ts); `area` is where labels may go.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  keepOut: readonly Box[],
  lines: readonly (readonly [number, number])[],
  area: Box,
  t: Theme,
): Placed {
  const under = lineGrid(lines);
  const taken: Box[] = [...keepOut];
  const boxes: Box[] = [];
  const nodes: SvgNode[] = [];
  for (const r of requests) {
    const { w, h } = textSize(r.text, r.fontPx, r.bold !== false);
    const gap = r.gapPx ?? r.fontPx / 3;
    const step = 0.55 * r.fontPx;
    let best: { x: number; y: number; box: Box; ring: number } | undefined;
    for (let ring = 0; ring < RINGS && !best; ring++) {
      const dist = gap + ring * step;
      let bestCost = Infinity;
      for (let k = 0; k < DIRECTIONS; k++) {
        const a = (2 * Math.PI * k) / DIRECTIONS;
        const c = Math.cos(a);
        const s = Math.sin(a);
        // The box's centre beyond `dist` in direction a (its near edge or corner at that distance).
        const x = r.at[0] + c * (dist + w / 2);
        const y = r.at[1] + s * (dist + h / 2);
        const box = boxAt(x, y, w + 2 * PAD_PX, h + 2 * PAD_PX);
        const hits = taken.some((o) => overlaps(o, box));
        const out = !inside(box, area);
        if (hits || out) continue;
        const turn = r.prefer === undefined ? 0 : 1 - Math.cos(a - r.prefer);
        const cost = under(box) * 2 + turn * 3;
        if (cost < bestCost) {
          bestCost = cost;
          best = { x, y, box, ring };
        }
      }
    }
    // No room anywhere near: leave the label out rather than cover another (the key has it).
    if (!best) continue;
    const spot = best;
    taken.push(spot.box);
    boxes.push(spot.box);
    if (r.leader && spot.ring > 1)
      nodes.push(
        el('line', {
          x1: r.at[0],
          y1: r.at[1],
          x2: Math.max(spot.box.x0, Math.min(spot.box.x1, r.at[0])),
          y2: Math.max(spot.box.y0, Math.min(spot.box.y1, r.at[1])),
          stroke: r.colour,
          'stroke-width': 1 * t.lineScale,
          opacity: 0.7,
          class: 'leader',
        }),
      );
    nodes.push(...labelText(t, spot.x, spot.y, r));
  }
  return { boxes, nodes };
}
