/**
 * CSV of exactly what a plot draws: a comment header naming the app version, the plot and every
 * scenario parameter, then one header row with units in brackets, then the rows (RFC 4180
 * quoting by d3-dsv).
 */
import { csvFormatValue, csvParseRows } from 'd3-dsv';
import type { PlotRow, PlotTable } from '../plots/types.ts';
import { APP_VERSION } from '../version.ts';

/** A scenario as the header names it: its label and the text of every option, by option name. */
export interface CsvScenario {
  readonly label: string;
  readonly options: Readonly<Record<string, string>>;
}

/** A cell: numbers as JavaScript writes them (non-finite ones empty); also quoted when it holds "#". */
function cell(v: number | string): string {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  const quoted = csvFormatValue(s);
  return quoted === s && s.includes('#') ? `"${s}"` : quoted;
}

function line(cells: PlotRow): string {
  return cells.map(cell).join(',');
}

/** Scenario parameters as "name=value" pairs. */
export function scenarioLine(options: Readonly<Record<string, string>>): string {
  return Object.entries(options)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

/** The CSV text. */
export function tableCsv(
  table: PlotTable,
  plotTitle: string,
  scenario: CsvScenario,
  pinned?: CsvScenario,
): string {
  const lines = [
    `# Trendelenburg Lab ${APP_VERSION}: ${plotTitle}`,
    `# scenario "${scenario.label}": ${scenarioLine(scenario.options)}`,
    ...(pinned ? [`# pinned "${pinned.label}": ${scenarioLine(pinned.options)}`] : []),
    '# units in brackets; SI unless the column says otherwise',
    line(table.columns.map((c) => (c.unit ? `${c.name} [${c.unit}]` : c.name))),
    ...table.rows.map(line),
  ];
  return `${lines.join('\n')}\n`;
}

/** Parses the CSV written by {@link tableCsv} (for round-trip checks): header names and rows. */
export function parseTableCsv(text: string): { header: string[]; rows: string[][] } {
  const body = text.replace(/^(#[^\n]*\n)+/, '');
  const [head, ...rest] = csvParseRows(body).filter((r) => !(r.length === 1 && r[0] === ''));
  return { header: head ?? [], rows: rest };
}
