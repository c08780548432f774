/** Stroke and fill styles shared by the figure's parts, and the silhouette of overlapping shapes. */
import { el, type AttrValue, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';

/** A bone: bone fill, bone edge, round joins; `extra` adds or overrides attributes. */
export function boneStyle(
  t: Theme,
  extra: Record<string, AttrValue> = {},
): Record<string, AttrValue> {
  return {
    fill: t.bone,
    stroke: t.boneEdge,
    'stroke-width': 1.4 * t.lineScale,
    'stroke-linejoin': 'round',
    ...extra,
  };
}

/** A shape of a silhouette: its path and, for a rigid part, its transform. */
export interface Shape {
  readonly d: string;
  readonly transform?: string | undefined;
}

/**
 * Shapes that overlap drawn as one: first every shape with an edge twice `edgePx` wide, then every
 * shape filled without it, so that only the outer edge of the union shows. Shapes in a row that
 * share a transform share one group, so that moving them changes one attribute.
 */
export function union(
  shapes: readonly Shape[],
  fill: string,
  edge: string,
  edgePx: number,
  attrs: Record<string, AttrValue> = {},
): SvgNode {
  const runs: { transform: string | undefined; ds: string[] }[] = [];
  for (const s of shapes) {
    const last = runs[runs.length - 1];
    if (last && last.transform === s.transform) last.ds.push(s.d);
    else runs.push({ transform: s.transform, ds: [s.d] });
  }
  const pass = () =>
    runs.map((r) =>
      r.ds.length === 1
        ? el('path', { d: r.ds[0], transform: r.transform })
        : el(
            'g',
            { transform: r.transform },
            r.ds.map((d) => el('path', { d })),
          ),
    );
  return el('g', attrs, [
    el('g', { fill, stroke: edge, 'stroke-width': 2 * edgePx, 'stroke-linejoin': 'round' }, pass()),
    el('g', { fill }, pass()),
  ]);
}
