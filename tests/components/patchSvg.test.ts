// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { patchChildren, svgChildren } from '../../src/lib/patchSvg.ts';
import { el, textEl, type AttrValue, type SvgNode } from '../../src/render/svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What a live element holds, in a form that ignores attribute order. */
interface Drawn {
  readonly tag: string;
  readonly attrs: Record<string, string>;
  readonly text?: string;
  readonly children?: readonly Drawn[];
}

function drawn(e: Element): Drawn {
  const attrs = Object.fromEntries([...e.attributes].map((a) => [a.name, a.value]));
  const text = [...e.childNodes]
    .filter((n) => n.nodeType === n.TEXT_NODE)
    .map((n) => n.textContent)
    .join('');
  if (e.children.length === 0 && text) return { tag: e.tagName, attrs, text };
  const kids = { tag: e.tagName, attrs, children: [...e.children].map(drawn) };
  return text ? { ...kids, text } : kids;
}

/** What a fresh render of a scene node shows: undefined attributes left out, numbers as text. */
function expected(n: SvgNode): Drawn {
  const attrs = Object.fromEntries(
    Object.entries(n.attrs ?? {})
      .filter((e): e is [string, string | number] => e[1] !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  return n.text !== undefined && n.text !== ''
    ? { tag: n.tag, attrs, text: n.text }
    : { tag: n.tag, attrs, children: (n.children ?? []).map(expected) };
}

function svg(): SVGSVGElement {
  const root = document.createElementNS(SVG_NS, 'svg');
  document.body.append(root);
  return root;
}

const children = (root: Element) => [...root.children].map(drawn);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('patchChildren', () => {
  it('draws a scene into an empty svg as the scene says', () => {
    const root = svg();
    const scene = [
      el('g', { class: 'a', 'aria-label': 'A' }, [
        el('rect', { x: 1, y: 2.5, width: 10, height: undefined }),
      ]),
      textEl('text', { x: 3 }, 'Left'),
    ];
    patchChildren(root, scene);
    expect(children(root)).toEqual(scene.map(expected));
    expect(root.querySelector('rect')?.namespaceURI).toBe(SVG_NS);
    expect(root.querySelector('rect')?.hasAttribute('height')).toBe(false);
  });

  it('removes the attributes a later scene leaves out or leaves undefined', () => {
    const root = svg();
    patchChildren(root, [el('line', { x1: 0, x2: 5, 'stroke-dasharray': '4 3', opacity: 0.5 })]);
    patchChildren(root, [el('line', { x1: 0, x2: 5, opacity: undefined })]);
    const line = root.querySelector('line')!;
    expect(line.hasAttribute('stroke-dasharray')).toBe(false);
    expect(line.hasAttribute('opacity')).toBe(false);
    expect(children(root)).toEqual([expected(el('line', { x1: 0, x2: 5 }))]);
  });

  it('updates changed attributes and text in place, keeping the elements', () => {
    const root = svg();
    patchChildren(root, [el('g', {}, [el('circle', { r: 1 }), textEl('text', { x: 1 }, 'a')])]);
    const circle = root.querySelector('circle');
    const text = root.querySelector('text');
    const next = [el('g', {}, [el('circle', { r: 2 }), textEl('text', { x: 4 }, 'b')])];
    patchChildren(root, next);
    expect(root.querySelector('circle')).toBe(circle);
    expect(root.querySelector('text')).toBe(text);
    expect(children(root)).toEqual(next.map(expected));
  });

  it('adds, removes and reorders children as a fresh render would', () => {
    const root = svg();
    patchChildren(root, [el('rect', { x: 1 }), el('circle', { r: 1 }), el('path', { d: 'M0,0' })]);
    const reordered = [el('circle', { r: 1 }), el('rect', { x: 1 })];
    patchChildren(root, reordered);
    expect(children(root)).toEqual(reordered.map(expected));
    const grown = [...reordered, el('g', {}, [textEl('title', {}, 'T')]), el('line', {})];
    patchChildren(root, grown);
    expect(children(root)).toEqual(grown.map(expected));
    patchChildren(root, []);
    expect(root.children).toHaveLength(0);
  });

  it('writes a changed text into the text node the element already holds', () => {
    const root = svg();
    patchChildren(root, [textEl('text', { x: 1 }, '2.31 × BW')]);
    const node = root.querySelector('text')!.firstChild;
    patchChildren(root, [textEl('text', { x: 1 }, '2.35 × BW')]);
    expect(root.querySelector('text')!.firstChild).toBe(node);
    expect(children(root)).toEqual([expected(textEl('text', { x: 1 }, '2.35 × BW'))]);
    patchChildren(root, [textEl('text', { x: 1 }, '')]);
    expect(root.querySelector('text')!.childNodes).toHaveLength(0);
  });

  it('keeps the elements after a child the scene lost or gained', () => {
    const root = svg();
    const forces = (ids: string[]) =>
      ids.map((id) => el('g', { class: `arrow ${id}` }, [el('line', { x1: 1 })]));
    patchChildren(root, forces(['W', 'T', 'R']));
    const r = root.querySelector('.R');
    patchChildren(root, forces(['W', 'R']));
    expect(root.querySelector('.R')).toBe(r);
    patchChildren(root, forces(['W', 'L', 'R']));
    expect(root.querySelector('.R')).toBe(r);
    expect(children(root)).toEqual(forces(['W', 'L', 'R']).map(expected));
  });

  it('replaces text by children and children by text', () => {
    const root = svg();
    patchChildren(root, [textEl('text', {}, 'plain')]);
    const withSpans = [el('text', {}, [textEl('tspan', { dx: 2 }, 'a'), textEl('tspan', {}, 'b')])];
    patchChildren(root, withSpans);
    expect(children(root)).toEqual(withSpans.map(expected));
    patchChildren(root, [textEl('text', {}, 'again')]);
    expect(children(root)).toEqual([expected(textEl('text', {}, 'again'))]);
  });

  it('matches a fresh render after any sequence of scenes', () => {
    const tags = fc.constantFrom('g', 'rect', 'circle', 'text');
    const value: fc.Arbitrary<AttrValue> = fc.oneof(
      fc.constantFrom(undefined, 'a', 'b c'),
      fc.integer({ min: -3, max: 3 }),
    );
    const attrs = fc.dictionary(fc.constantFrom('x', 'y', 'class', 'fill', 'aria-label'), value);
    const { node } = fc.letrec<{ node: SvgNode }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.record({ tag: tags, attrs, text: fc.constantFrom('one', 'two') }),
        fc.record({
          tag: tags,
          attrs,
          children: fc.array(tie('node'), { maxLength: 3 }),
        }),
      ),
    }));
    fc.assert(
      fc.property(
        fc.array(fc.array(node, { maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (scenes) => {
          const root = svg();
          for (const scene of scenes) {
            patchChildren(root, scene);
            expect(children(root)).toEqual(scene.map(expected));
          }
          root.remove();
        },
      ),
      { numRuns: 200, seed: 10 },
    );
  });
});

describe('svgChildren', () => {
  it('draws on mount and on every update', () => {
    const root = svg();
    const action = svgChildren(root, [el('rect', { x: 1 })]);
    expect(children(root)).toEqual([expected(el('rect', { x: 1 }))]);
    action.update([el('circle', { r: 3 })]);
    expect(children(root)).toEqual([expected(el('circle', { r: 3 }))]);
  });
});
