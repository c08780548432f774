/**
 * `plot NAME --out FILE.svg|FILE.png|FILE.csv`: the app's plots rendered without a browser. The
 * same builders as the app (src/render/plots); PNG by resvg, with the print resolution recorded.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { normalBody, parseNumber } from '../sim/index.ts';
import { buildPlot } from '../src/render/plots/index.ts';
import { PLOT_NAMES, type PlotName, type PlotScenario } from '../src/render/plots/types.ts';
import { tableCsv } from '../src/render/export/csv.ts';
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
  const scenario: PlotScenario = {
    label: 'Scenario',
    stance: gait.stance,
    affectedSide: gait.affectedSide,
  };
  const pinned: PlotScenario | undefined =
    pick(args, 'pin', ['none', 'normal'] as const, 'none') === 'normal'
      ? {
          label: 'Normal',
          stance: normalBody(gait.stance),
          affectedSide: gait.affectedSide,
        }
      : undefined;
  const cursor = args.options.has('cursor') ? num(args, 'cursor', 0) : undefined;
  const plot = buildPlot(name as PlotName, scenario, {
    widthPx: width,
    heightPx: height,
    theme:
      pick(args, 'theme', ['screen', 'projector'] as const, 'screen') === 'projector'
        ? PROJECTOR_THEME
        : SCREEN_THEME,
    pinned,
    cursorPct: cursor,
    background: pick(args, 'background', ['white', 'transparent'] as const, 'white'),
    units: pick(args, 'units', ['BW', 'N'] as const, 'BW'),
  });
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(plot.scene)}\n`;
  let bytes: Uint8Array | string;
  let size = { width, height };
  if (format === 'svg') bytes = svg;
  else if (format === 'csv') bytes = tableCsv(plot.table, name, scenario, pinned);
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
