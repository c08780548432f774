/**
 * Draws a DOM-free SVG scene into live SVG elements by patching them in place: elements are
 * reused when their tag matches and only changed attributes are written. The figure keeps the
 * same structure from frame to frame, so an animation frame touches only what moved.
 *
 * Scene nodes are never changed once built, so the patcher keeps, beside each live element, the
 * node it was last drawn from and its child elements (a shadow of the live tree): attributes are
 * compared with that node's, nothing is read back from the page, and an element drawn from the
 * very same node object (a part of the scene kept from the last frame, e.g. a plot under its
 * moving cursor) is skipped whole. A changed text is written into the element's text node. When
 * a scene gains or loses a child (a force drawn or not), the children after it are matched by
 * tag and class a few places ahead, so they are kept rather than drawn anew.
 */
import type { AttrValue, SvgNode } from '../render/svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A live element, the node it was last drawn from and its child elements (once known). */
interface Live {
  readonly el: Element;
  node: SvgNode | undefined;
  kids: Live[] | undefined;
}

/** The shadow of each root the patcher has drawn into. */
const roots = new WeakMap<Element, Live>();

const NO_ATTRS: Readonly<Record<string, AttrValue>> = {};
const NO_NODES: readonly SvgNode[] = [];

/** Writes `node`'s attributes to `el`, which was last drawn from `before` (if known). */
function patchAttributes(el: Element, node: SvgNode, before: SvgNode | undefined): void {
  const attrs = node.attrs ?? NO_ATTRS;
  if (!before) {
    for (const a of [...el.attributes]) if (attrs[a.name] === undefined) el.removeAttribute(a.name);
    for (const key in attrs) {
      const v = attrs[key];
      if (v === undefined) continue;
      const now = String(v);
      if (el.getAttribute(key) !== now) el.setAttribute(key, now);
    }
    return;
  }
  const old = before.attrs ?? NO_ATTRS;
  if (old === attrs) return;
  for (const key in attrs) {
    const v = attrs[key];
    const was = old[key];
    if (v === was) continue;
    if (v === undefined) el.removeAttribute(key);
    // Two different values of one type are different text (a number and a string may not be;
    // NaN, never drawn, would be written again).
    else if (was === undefined || typeof v === typeof was || String(v) !== String(was))
      el.setAttribute(key, String(v));
  }
  for (const key in old) if (old[key] !== undefined && !(key in attrs)) el.removeAttribute(key);
}

/** Writes `text` as `el`'s only content: into its one text node when it has one. */
function patchText(el: Element, text: string): void {
  const t = el.firstChild;
  if (text !== '' && t !== null && t === el.lastChild && t.nodeType === Node.TEXT_NODE)
    (t as Text).data = text;
  else el.textContent = text;
}

/** How far ahead a child is looked for when the scene gained or lost a child before it. */
const LOOK_AHEAD = 8;

/** The tag `k` was last drawn with. */
const tagOf = (k: Live): string => (k.node ? k.node.tag : k.el.tagName);

/** Whether `k` was drawn as the same kind of element as `node` (tag and class). */
function sameKind(k: Live | undefined, node: SvgNode | undefined): boolean {
  if (!k || !node) return false;
  const cls = node.attrs?.['class'];
  return k.node
    ? k.node.tag === node.tag && k.node.attrs?.['class'] === cls
    : k.el.tagName === node.tag && (k.el.getAttribute('class') ?? undefined) === cls;
}

/**
 * The live child to draw `nodes[i]` into: the one at `i` when it is of the same kind; else, when
 * the scene lost children (a force or a label no longer drawn), the next one of that kind, the
 * lost ones removed; else a new element, inserted when the scene gained one before the child at
 * `i`; else the child at `i` if its tag matches, or a new element in its place.
 */
function childFor(parent: Element, kids: Live[], nodes: readonly SvgNode[], i: number): Live {
  const node = nodes[i]!;
  const k = kids[i];
  if (sameKind(k, node)) return k!;
  if (k) {
    for (let j = i + 1; j < Math.min(kids.length, i + 1 + LOOK_AHEAD); j++)
      if (sameKind(kids[j], node)) {
        for (const lost of kids.splice(i, j - i)) lost.el.remove();
        return kids[i]!;
      }
    let gained = false;
    for (let j = i + 1; j < Math.min(nodes.length, i + 1 + LOOK_AHEAD) && !gained; j++)
      gained = sameKind(k, nodes[j]);
    if (!gained && tagOf(k) === node.tag) return k;
    const fresh: Live = {
      el: document.createElementNS(SVG_NS, node.tag),
      node: undefined,
      kids: [],
    };
    if (gained) {
      parent.insertBefore(fresh.el, k.el);
      kids.splice(i, 0, fresh);
    } else {
      parent.replaceChild(fresh.el, k.el);
      kids[i] = fresh;
    }
    return fresh;
  }
  const fresh: Live = { el: document.createElementNS(SVG_NS, node.tag), node: undefined, kids: [] };
  parent.appendChild(fresh.el);
  kids[i] = fresh;
  return fresh;
}

/** Makes the children of `live` match `nodes`. */
function patchKids(live: Live, nodes: readonly SvgNode[]): void {
  const kids = (live.kids ??= [...live.el.children].map((el) => ({
    el,
    node: undefined,
    kids: undefined,
  })));
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const k = childFor(live.el, kids, nodes, i);
    const before = k.node;
    if (before === node) continue;
    patchAttributes(k.el, node, before);
    if (node.text !== undefined) {
      if (before === undefined || before.text !== node.text) {
        patchText(k.el, node.text);
        k.kids = [];
      }
    } else {
      // An element that held text in an earlier frame loses that text before its children are drawn.
      if (before === undefined || before.text !== undefined) {
        for (const n of [...k.el.childNodes]) if (n.nodeType !== Node.ELEMENT_NODE) n.remove();
      }
      patchKids(k, node.children ?? NO_NODES);
    }
    k.node = node;
  }
  while (kids.length > nodes.length) kids.pop()!.el.remove();
}

/** Makes `parent`'s children match `nodes`. */
export function patchChildren(parent: Element, nodes: readonly SvgNode[]): void {
  let live = roots.get(parent);
  if (!live) {
    live = { el: parent, node: undefined, kids: undefined };
    roots.set(parent, live);
  }
  patchKids(live, nodes);
}

/** Svelte action: keeps an <svg>'s children equal to a scene's children. */
export function svgChildren(el: SVGSVGElement, nodes: readonly SvgNode[]) {
  patchChildren(el, nodes);
  return { update: (next: readonly SvgNode[]) => patchChildren(el, next) };
}
