/**
 * `plot NAME --out FILE.svg|FILE.png|FILE.csv`: the app's plots rendered without a browser. The
 * same builders as the app (src/render/plots); PNG by resvg, with the print resolution recorded.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { normalBody, parseNumber, type GaitInput } from '../sim/index.ts';
import { scenarioOptions } from '../src/lib/scenarioOptions.ts';
import { plotOfInputs, type LabelledInput } from '../src/render/plots/fromInputs.ts';
import {
  PLOT_NAMES,
  type Plot,
  type PlotName,
  type PlotOptions,
} from '../src/render/plots/types.ts';
import { tableCsv, type CsvScenario } from '../src/render/export/csv.ts';
import { SCREEN_DPI, withDpi } from '../src/render/export/png.ts';
import { serialize } from '../src/render/svg.ts';
import { PROJECTOR_THEME, SCREEN_THEME } from '../src/render/theme.ts';
import { UsageError, type Args } from './args.ts';
import { gaitInput } from './gaitCommands.ts';

const PLOT_ONLY = [
  'out',
  'width',
  'height',
  'dpi',
  'background',
  'pin',
  'cursor',
  'units',
  'theme',
];
const LIMITS = {
  width: [200, 4000],
  height: [150, 4000],
  dpi: [72, 1200],
  cursor: [0, 100],
} as const;

function num(args: Args, name: keyof typeof LIMITS, fallback: number): number {
  const text = args.options.get(name);
  if (text === undefined) return fallback;
  const r = parseNumber(text);
  const [min, max] = LIMITS[name];
  if (!r.ok) throw new UsageError(`--${name} "${text}": ${r.reason}`);
  if (r.value < min || r.value > max)
    throw new UsageError(`--${name} "${text}": must be between ${min} and ${max}`);
  return r.value;
}

function pick<T extends string>(args: Args, name: string, values: readonly T[], fallback: T): T {
  const text = args.options.get(name);
  if (text === undefined) return fallback;
  if (!(values as readonly string[]).includes(text))
    throw new UsageError(`--${name} "${text}": must be one of ${values.join(', ')}`);
  return text as T;
}

/** Rasterises an SVG text to PNG at `widthPx` pixels wide, marked with `dpi`. */
export function svgToPng(svg: string, widthPx: number, dpi: number): Uint8Array {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(widthPx) },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return withDpi(new Uint8Array(png), dpi);
}

/**
 * Plot `name` of the scenario `gait` ("Scenario"), compared with its normal body ("Normal") when
 * `pin`, with the gait plot's cursor at `cursorPct`; and both scenarios as the CSV header names
 * them.
 */
function namedPlot(
  name: PlotName,
  gait: GaitInput,
  pin: boolean,
  cursorPct: number | undefined,
  options: PlotOptions,
): { plot: Plot; csvScenarios: [CsvScenario, CsvScenario?] } {
  const scenario: LabelledInput = { label: 'Scenario', input: gait };
  const pinned: LabelledInput | undefined = pin
    ? { label: 'Normal', input: { ...gait, stance: normalBody(gait.stance) } }
    : undefined;
  const csv = (s: LabelledInput): CsvScenario => ({
    label: s.label,
    options: scenarioOptions(s.input.stance, s.input.affectedSide, true),
  });
  return {
    plot: plotOfInputs(name, scenario, options, pinned, cursorPct),
    csvScenarios: [csv(scenario), ...(pinned ? [csv(pinned)] : [])] as [CsvScenario, CsvScenario?],
  };
}

/** The plot command. */
export function plotCommand(args: Args): string {
  const name = args.extra[0];
  if (name === undefined) throw new UsageError(`plot needs a NAME: ${PLOT_NAMES.join(', ')}`);
  if (!(PLOT_NAMES as readonly string[]).includes(name))
    throw new UsageError(`plot "${name}": must be one of ${PLOT_NAMES.join(', ')}`);
  const out = args.options.get('out');
  if (out === undefined) throw new UsageError('plot needs --out FILE.svg, FILE.png or FILE.csv');
  const format = extname(out).toLowerCase().slice(1);
  if (!['svg', 'png', 'csv'].includes(format))
    throw new UsageError(`--out "${out}": the file must end in .svg, .png or .csv`);
  const width = num(args, 'width', 900);
  const height = num(args, 'height', Math.round(width * 0.62));
  const dpi = num(args, 'dpi', SCREEN_DPI);
  const gait = gaitInput({
    ...args,
    options: new Map([...args.options].filter(([k]) => !PLOT_ONLY.includes(k))),
  });
  const pin = pick(args, 'pin', ['none', 'normal'] as const, 'none') === 'normal';
  const cursor = args.options.has('cursor') ? num(args, 'cursor', 0) : undefined;
  const { plot, csvScenarios } = namedPlot(name as PlotName, gait, pin, cursor, {
    widthPx: width,
    heightPx: height,
    theme:
      pick(args, 'theme', ['screen', 'projector'] as const, 'screen') === 'projector'
        ? PROJECTOR_THEME
        : SCREEN_THEME,
    background: pick(args, 'background', ['white', 'transparent'] as const, 'white'),
    units: pick(args, 'units', ['BW', 'N'] as const, 'BW'),
  });
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(plot.scene)}\n`;
  let bytes: Uint8Array | string;
  let size = { width, height };
  if (format === 'svg') bytes = svg;
  else if (format === 'csv') bytes = tableCsv(plot.table, name, ...csvScenarios);
  else {
    const scale = dpi / SCREEN_DPI;
    bytes = svgToPng(svg, width * scale, dpi);
    size = { width: Math.round(width * scale), height: Math.round(height * scale) };
  }
  try {
    writeFileSync(out, bytes);
  } catch (e) {
    throw new UsageError(
      `--out "${out}": cannot write the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return `${JSON.stringify({ plot: name, file: out, format, widthPx: size.width, heightPx: size.height, dpi: format === 'png' ? dpi : undefined })}\n`;
}
