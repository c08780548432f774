/**
 * The table of a plot: exactly the numbers drawn, one row per point. Columns carry units; a cell a
 * row does not use is the empty string (the plots with several panels share one table).
 */
import type { Point } from './marks.ts';
import type { Column, PlotTable } from './types.ts';

/** A row under construction: cell values by column name. */
export type RowCells = Readonly<Record<string, number | string>>;

/** Collects rows for the given columns. */
export interface TableBuilder {
  /** Adds one row; columns it does not name are left empty. */
  readonly add: (cells: RowCells) => void;
  /** Adds a row per point of each curve: its name in `series`, x and y in the named columns. */
  readonly curves: (
    curves: readonly { readonly name: string; readonly points: readonly Point[] }[],
    xColumn: string,
    yColumn: string,
  ) => void;
  readonly table: () => PlotTable;
}

/** A table builder for `columns`. */
export function tableBuilder(columns: readonly Column[]): TableBuilder {
  const rows: (number | string)[][] = [];
  const add = (cells: RowCells) => {
    for (const k of Object.keys(cells))
      if (!columns.some((c) => c.name === k)) throw new Error(`plot table: no column ${k}`);
    rows.push(columns.map((c) => cells[c.name] ?? ''));
  };
  return {
    add,
    curves: (curves, xColumn, yColumn) => {
      for (const c of curves)
        for (const [x, y] of c.points) add({ series: c.name, [xColumn]: x, [yColumn]: y });
    },
    table: () => ({ columns, rows }),
  };
}
