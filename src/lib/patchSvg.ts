/**
 * Draws a DOM-free SVG scene into live SVG elements by patching them in place: elements are
 * reused when their tag matches and only changed attributes are written. The figure keeps the
 * same structure from frame to frame, so an animation frame touches only what moved. Scene nodes
 * are never changed once built, so an element last drawn from the very same node object (a part
 * of the scene kept from the last frame, e.g. a plot under its moving cursor) is skipped whole.
 */
import type { SvgNode } from '../render/svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const written = new WeakMap<Element, Record<string, string>>();
/** The node each element was last drawn from, with its children. */
const drawnFrom = new WeakMap<Element, SvgNode>();

function dropText(el: Element): void {
  for (const n of [...el.childNodes]) if (n.nodeType !== Node.ELEMENT_NODE) n.remove();
}

/** Makes `parent`'s children match `nodes`. */
export function patchChildren(parent: Element, nodes: readonly SvgNode[]): void {
  const kids = parent.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    let el = kids[i];
    if (!el || el.tagName !== node.tag) {
      const fresh = document.createElementNS(SVG_NS, node.tag);
      if (el) parent.replaceChild(fresh, el);
      else parent.appendChild(fresh);
      el = fresh;
    }
    if (drawnFrom.get(el) === node) continue;
    const before = written.get(el) ?? {};
    const now: Record<string, string> = {};
    for (const key in node.attrs) {
      const v = node.attrs[key];
      if (v === undefined) continue;
      const text = typeof v === 'number' ? String(v) : v;
      now[key] = text;
      if (before[key] !== text) el.setAttribute(key, text);
    }
    for (const key in before) if (!(key in now)) el.removeAttribute(key);
    written.set(el, now);
    if (node.text !== undefined) {
      if (el.children.length > 0 || el.textContent !== node.text) el.textContent = node.text;
    } else {
      // An element that held text in an earlier frame loses that text before its children are drawn.
      if (el.childNodes.length !== el.children.length) dropText(el);
      patchChildren(el, node.children ?? []);
    }
    drawnFrom.set(el, node);
  }
  while (kids.length > nodes.length) kids[kids.length - 1]!.remove();
}

/** Svelte action: keeps an <svg>'s children equal to a scene's children. */
export function svgChildren(el: SVGSVGElement, nodes: readonly SvgNode[]) {
  patchChildren(el, nodes);
  return { update: (next: readonly SvgNode[]) => patchChildren(el, next) };
}
