/**
 * Layout checks run inside the page: which controls overlap another control or a line of text,
 * which are smaller than a 24 × 24 CSS px target (WCAG 2.2, 2.5.8), and whether the page scrolls.
 * A control is a button, field, list, summary, link or tab outside the figures' SVG; what a
 * scrolling box or a closed panel hides is not on screen and not counted.
 */
import type { Frame, Page } from 'playwright-core';

/** One problem, in words a failing test can print. */
export interface LayoutReport {
  readonly overlaps: string[];
  readonly small: string[];
  readonly scroll: { readonly x: number; readonly y: number };
  /** What reaches past the right edge of the page (what makes it scroll sideways). */
  readonly wide: string[];
}

/** The page's layout problems now. */
export function layoutReport(page: Page | Frame): Promise<LayoutReport> {
  return page.evaluate(() => {
    const CONTROLS =
      'button, input:not([type=hidden]), select, textarea, summary, a[href], [role=tab]';
    type Box = { l: number; t: number; r: number; b: number };
    const box = (r: DOMRect): Box => ({ l: r.left, t: r.top, r: r.right, b: r.bottom });
    const cut = (a: Box, b: Box): Box => ({
      l: Math.max(a.l, b.l),
      t: Math.max(a.t, b.t),
      r: Math.min(a.r, b.r),
      b: Math.min(a.b, b.b),
    });
    const empty = (a: Box) => a.r - a.l < 1 || a.b - a.t < 1;
    /** What of `r` the boxes that clip it leave visible: `el`'s own box too, for its text. */
    function clipped(el: Element, r: Box, own = false): Box {
      let out = r;
      for (let p = own ? el : el.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible')
          out = cut(out, box(p.getBoundingClientRect()));
      }
      return out;
    }
    /** Drawn and seen: not hidden, transparent or inside a closed <details>. */
    const shown = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
      !el.closest('[aria-hidden=true]');
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent ??
        ''
      )
        .trim()
        .slice(0, 30)}"`;

    const controls = [...document.querySelectorAll(CONTROLS)]
      .filter((el) => !el.closest('svg') && shown(el))
      .map((el) => {
        const full = box(el.getBoundingClientRect());
        return { el, full, seen: clipped(el, full) };
      })
      .filter((c) => !empty(c.seen));

    const texts: { el: Element; seen: Box; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest(`svg, ${CONTROLS}, option`) || !shown(el))
        continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        const seen = clipped(el, box(r), true);
        if (!empty(seen)) texts.push({ el, seen, text: n.textContent.trim().slice(0, 30) });
      }
    }

    const overlap = (a: Box, b: Box) =>
      !empty(cut(a, b)) && (cut(a, b).r - cut(a, b).l) * (cut(a, b).b - cut(a, b).t) > 4;
    const overlaps: string[] = [];
    controls.forEach((a, i) => {
      for (const b of controls.slice(i + 1))
        if (!a.el.contains(b.el) && !b.el.contains(a.el) && overlap(a.seen, b.seen))
          overlaps.push(`${name(a.el)} overlaps ${name(b.el)}`);
      for (const t of texts)
        if (!a.el.contains(t.el) && overlap(a.seen, t.seen))
          overlaps.push(`${name(a.el)} overlaps the text "${t.text}"`);
    });
    const small = controls
      .filter((c) => c.full.r - c.full.l < 23.5 || c.full.b - c.full.t < 23.5)
      .map(
        (c) =>
          `${name(c.el)} is ${Math.round(c.full.r - c.full.l)} × ${Math.round(c.full.b - c.full.t)} px`,
      );
    const root = document.documentElement;
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => !el.closest('svg') && shown(el))
      .map((el) => ({ el, seen: clipped(el, box(el.getBoundingClientRect())) }))
      .filter((w) => !empty(w.seen) && w.seen.r > root.clientWidth + 1)
      .map((w) => `${name(w.el)} ends at ${Math.round(w.seen.r)} px`);
    return {
      overlaps,
      small,
      scroll: { x: root.scrollWidth - root.clientWidth, y: root.scrollHeight - root.clientHeight },
      wide,
    };
  });
}
