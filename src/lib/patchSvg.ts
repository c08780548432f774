/**
 * Draws a DOM-free SVG scene into live SVG elements by patching them in place: elements are
 * reused when their tag matches and only changed attributes are written. The figure keeps the
 * same structure from frame to frame, so an animation frame touches only what moved.
 *
 * Scene nodes are never changed once built, so each element remembers the node it was last
 * drawn from (and its child elements): attributes are compared with that node's, not read back
 * from the page, and an element drawn from the very same node object (a part of the scene kept
 * from the last frame, e.g. a plot under its moving cursor) is skipped whole.
 */
import type { AttrValue, SvgNode } from '../render/svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The node each element was last drawn from. */
const drawnFrom = new WeakMap<Element, SvgNode>();
/** The child elements each element was given, in order. */
const childrenOf = new WeakMap<Element, Element[]>();

const text = (v: AttrValue): string | undefined => (v === undefined ? undefined : String(v));

/** Writes `node`'s attributes to `el`, which was last drawn from `before` (if known). */
function patchAttributes(el: Element, node: SvgNode, before: SvgNode | undefined): void {
  const attrs = node.attrs ?? {};
  if (!before) {
    for (const a of [...el.attributes]) if (attrs[a.name] === undefined) el.removeAttribute(a.name);
    for (const key in attrs) {
      const v = text(attrs[key]);
      if (v !== undefined && el.getAttribute(key) !== v) el.setAttribute(key, v);
    }
    return;
  }
  const old = before.attrs ?? {};
  for (const key in attrs) {
    const v = attrs[key];
    if (v === old[key]) continue;
    const now = text(v);
    if (now === undefined) el.removeAttribute(key);
    else if (now !== text(old[key])) el.setAttribute(key, now);
  }
  for (const key in old) if (old[key] !== undefined && !(key in attrs)) el.removeAttribute(key);
}

/** Makes `parent`'s children match `nodes`. */
export function patchChildren(parent: Element, nodes: readonly SvgNode[]): void {
  let kids = childrenOf.get(parent);
  if (!kids) {
    kids = [...parent.children];
    childrenOf.set(parent, kids);
  }
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    let el = kids[i];
    if (!el || el.tagName !== node.tag) {
      const fresh = document.createElementNS(SVG_NS, node.tag);
      if (el) parent.replaceChild(fresh, el);
      else parent.appendChild(fresh);
      kids[i] = fresh;
      el = fresh;
    }
    const before = drawnFrom.get(el);
    if (before === node) continue;
    patchAttributes(el, node, before);
    if (node.text !== undefined) {
      if (before?.text !== node.text || before === undefined) {
        el.textContent = node.text;
        childrenOf.delete(el);
      }
    } else {
      // An element that held text in an earlier frame loses that text before its children are drawn.
      if (before === undefined || before.text !== undefined) {
        for (const n of [...el.childNodes]) if (n.nodeType !== Node.ELEMENT_NODE) n.remove();
      }
      patchChildren(el, node.children ?? []);
    }
    drawnFrom.set(el, node);
  }
  while (kids.length > nodes.length) kids.pop()!.remove();
}

/** Svelte action: keeps an <svg>'s children equal to a scene's children. */
export function svgChildren(el: SVGSVGElement, nodes: readonly SvgNode[]) {
  patchChildren(el, nodes);
  return { update: (next: readonly SvgNode[]) => patchChildren(el, next) };
}
