/** Stroke and fill styles shared by the figure's parts. */
import type { AttrValue } from '../svg.ts';
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
