/**
 * Curves drawn from a series of samples that a moving cursor reads, and the cursor itself: a
 * line across stacked panels and a dot on each curve it reads, with the table rows of those dots
 * (the gait-cycle and the nerve-block plots).
 */
import { el } from '../svg.ts';
import { bottom } from './axes.ts';
import type { Curve, Frame, Panel } from './frame.ts';
import { dotNode, segmentNode, type Point } from './marks.ts';
import type { LineStyle } from './style.ts';
import { tableBuilder } from './table.ts';
import type { Column, Labelled, Overlay } from './types.ts';

/** A curve over samples of type `S`; a current curve can be read at the cursor. */
export interface SampledCurve<S> extends Curve {
  /** The curve's value at a sample (current curves only: the cursor reads them). */
  readonly at?: ((s: S) => number) | undefined;
}

/**
 * The curve `label: what` of `f` over the labelled series' samples, at x = `x(sample)`; `cursor`
 * when the cursor reads it.
 */
export function sampledCurve<S>(
  { label, series }: Labelled<{ readonly samples: readonly S[] }>,
  what: string,
  style: LineStyle,
  x: (s: S) => number,
  f: (s: S) => number,
  cursor: boolean,
): SampledCurve<S> {
  return {
    name: `${label}: ${what}`,
    points: series.samples.map((s): Point => [x(s), f(s)]),
    style,
    at: cursor ? f : undefined,
  };
}

/** Where a cursor stands: x in data units, its table column, and how its labels say it. */
export interface CursorAt {
  readonly x: number;
  readonly xColumn: string;
  /** After a curve's name: "… at 40 %". */
  readonly dotText: string;
  /** After "Cursor at": "40 % of the cycle". */
  readonly lineText: string;
}

/**
 * The cursor at `at.x` over the built panels (`scs`, top to bottom, drawn from `ps`): a line from
 * the top panel's top to the bottom panel's bottom and a dot on each curve that reads `sample`,
 * with one table row per dot (in `columns`; its value in the panel's column). Placed in the root
 * as the panels are (below a panel letter's strip, if any).
 */
export function cursorOverlay<S>(
  ps: readonly { readonly column: string; readonly curves: readonly SampledCurve<S>[] }[],
  scs: readonly Panel[],
  fr: Frame,
  columns: readonly Column[],
  at: CursorAt,
  sample: S,
): Overlay {
  const { t } = fr;
  const tb = tableBuilder(columns);
  const dots = ps.flatMap((p, i) =>
    p.curves.flatMap((c) => {
      if (!c.at) return [];
      const v = c.at(sample);
      tb.add({ series: `cursor: ${c.name}`, [at.xColumn]: at.x, [p.column]: v });
      return [dotNode([at.x, v], scs[i]!, c.style.colour, t, `${c.name} at ${at.dotText}`)];
    }),
  );
  const top = scs[0]!;
  const x = top.x(at.x);
  const node = el('g', { class: 'cursor', 'aria-label': `Cursor at ${at.lineText}` }, [
    segmentNode(
      x,
      top.box.top,
      x,
      bottom(scs[scs.length - 1]!.box),
      { colour: t.ink, widthPx: 1.4 },
      t,
    ),
    ...dots,
  ]);
  return { node: fr.place(node), rows: tb.table().rows };
}
