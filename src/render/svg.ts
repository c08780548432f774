/**
 * A DOM-free SVG scene: plain objects that the app renders by patching the live SVG (src/lib/patchSvg.ts) and the
 * command line and exports serialise to text. One scene, two renderers: they cannot drift.
 */

/** Attribute values; undefined attributes are left out. */
export type AttrValue = string | number | undefined;

/** One SVG element. */
export interface SvgNode {
  readonly tag: string;
  readonly attrs?: Readonly<Record<string, AttrValue>>;
  readonly children?: readonly SvgNode[];
  /** Text content (for <text>, <title>, <desc>, <tspan>, <style>). */
  readonly text?: string;
}

/** Builds a node. */
export function el(
  tag: string,
  attrs: Readonly<Record<string, AttrValue>> = {},
  children: readonly SvgNode[] = [],
): SvgNode {
  return { tag, attrs, children };
}

/** Builds a text-bearing node. */
export function textEl(
  tag: string,
  attrs: Readonly<Record<string, AttrValue>>,
  text: string,
): SvgNode {
  return { tag, attrs, text };
}

/** Options of {@link svgRoot}. */
export interface SvgRootOptions {
  /** Prefix of the ids of the title and description, which label the image. */
  readonly id: string;
  readonly className: string;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly fontFamily: string;
  /** Accessible name, e.g. "Gait cycle: Current". */
  readonly title: string;
  /** The result in words. */
  readonly description: string;
  /** Background colour; none (transparent) when undefined. */
  readonly background?: string | undefined;
}

/**
 * A self-contained, labelled root <svg> (the figures' and the plots'): title and description
 * first, then the background, then `children`, in pixels with the origin at the top left.
 */
export function svgRoot(o: SvgRootOptions, children: readonly SvgNode[]): SvgNode {
  const w = o.widthPx;
  const h = o.heightPx;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: w,
      height: h,
      viewBox: `0 0 ${w} ${h}`,
      role: 'img',
      'aria-labelledby': `${o.id}-title ${o.id}-desc`,
      'font-family': o.fontFamily,
      class: o.className,
    },
    [
      textEl('title', { id: `${o.id}-title` }, o.title),
      textEl('desc', { id: `${o.id}-desc` }, o.description),
      ...(o.background === undefined
        ? []
        : [el('rect', { x: 0, y: 0, width: w, height: h, fill: o.background })]),
      ...children,
    ],
  );
}

function escape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Rounds every number in a string of numbers (path data, transforms) to `digits` decimals. */
export function roundNumbers(s: string, digits: number): string {
  return s.replace(/-?\d+\.\d+(e[-+]?\d+)?/gi, (m) => {
    const v = Number(Number(m).toFixed(digits));
    return String(Object.is(v, -0) ? 0 : v);
  });
}

/** Options of {@link serialize}. */
export interface SerializeOptions {
  /** Decimals to round numbers to (golden tests use 3). */
  readonly digits?: number;
  /** Indent children (for readable golden files). */
  readonly pretty?: boolean;
}

/** SVG text of a scene. */
export function serialize(node: SvgNode, options: SerializeOptions = {}, depth = 0): string {
  const fmt = (v: AttrValue): string => {
    const s = typeof v === 'number' ? String(v) : (v ?? '');
    return options.digits === undefined ? s : roundNumbers(s, options.digits);
  };
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(fmt(v))}"`)
    .join('');
  const pad = options.pretty ? '  '.repeat(depth) : '';
  const nl = options.pretty ? '\n' : '';
  if (node.text !== undefined)
    return `${pad}<${node.tag}${attrs}>${escape(node.text)}</${node.tag}>${nl}`;
  const kids = node.children ?? [];
  if (kids.length === 0) return `${pad}<${node.tag}${attrs}/>${nl}`;
  return `${pad}<${node.tag}${attrs}>${nl}${kids.map((c) => serialize(c, options, depth + 1)).join('')}${pad}</${node.tag}>${nl}`;
}
