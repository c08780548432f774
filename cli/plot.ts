/**
 * `plot NAME --out FILE.svg|FILE.png|FILE.pdf|FILE.csv`: the app's plots rendered without a
 * browser. The same builders as the app (src/render/plots); PNG by resvg, with the print
 * resolution recorded; PDF by the same vector writer as the app (src/render/export/pdf.ts, DejaVu
 * Sans embedded). Sized
 * in screen pixels, or on paper in mm with the type in pt. The command reads its options and
 * returns the file; cli/main.ts writes it.
 */
import { extname } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { normalBody, type GaitInput } from '../sim/index.ts';
import { scenarioOptions } from '../src/lib/scenarioOptions.ts';
import { plotOfInputs, type LabelledInput } from '../src/render/plots/fromInputs.ts';
import {
  PLOT_NAMES,
  PLOT_PAPER_ASPECT,
  type Plot,
  type PlotName,
  type PlotOptions,
} from '../src/render/plots/types.ts';
import { tableCsv, type CsvScenario } from '../src/render/export/csv.ts';
import { mmOfPx, onPaper, paperTheme, pxOfMm } from '../src/render/export/paper.ts';
import { SCREEN_DPI, withDpi } from '../src/render/export/png.ts';
import { serialize } from '../src/render/svg.ts';
import { PROJECTOR_THEME, SCREEN_THEME } from '../src/render/theme.ts';
import { UsageError } from './args.ts';
import type { Command } from './command.ts';
import {
  choiceOption,
  gaitInput,
  numberOption,
  paperOptions,
  PAPER_OPTION_NAMES,
} from './options.ts';

/** Options of `plot` that are not scenario settings (`--height` is the plot's, in pixels). */
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
  ...PAPER_OPTION_NAMES,
];
const FORMATS = ['svg', 'png', 'pdf', 'csv'] as const;
/** Type size on paper when none is given, pt (the usual journal minimum). */
const PAPER_FONT_PT = 8;
/** Height per width of a plot sized in pixels when none is given. */
const SCREEN_ASPECT = 0.62;
/** Up to this width on paper, mm, a plot takes its own (taller) shape: a journal column. */
const NARROW_MM = 100;
/** PNG resolution on paper when none is given, dots per inch (print). */
const PAPER_DPI = 300;

/** What to draw, read from the options. */
export interface PlotRequest {
  readonly name: PlotName;
  readonly format: (typeof FORMATS)[number];
  /** Plot size in screen pixels (CSS px, 96 per inch). */
  readonly widthPx: number;
  readonly heightPx: number;
  /** The plot says its size in mm (sized on paper). */
  readonly onPaper: boolean;
  /** Base type size, pt (undefined: the theme's own). */
  readonly fontPt: number | undefined;
  /** Panel letter. */
  readonly panel: string | undefined;
  /** PNG resolution, dots per inch. */
  readonly dpi: number;
  readonly pin: 'none' | 'normal';
  /** Gait-cycle cursor, 0-100 %. */
  readonly cursorPct: number | undefined;
  readonly theme: 'screen' | 'projector';
  readonly background: 'white' | 'transparent';
  readonly units: 'BW' | 'N';
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

/** Draws a plot of a gait input: the file's bytes and its size in pixels. */
export async function drawPlot(
  gait: GaitInput,
  r: PlotRequest,
): Promise<{ bytes: Uint8Array | string; widthPx: number; heightPx: number }> {
  const base = r.theme === 'projector' ? PROJECTOR_THEME : SCREEN_THEME;
  const { plot, csvScenarios } = namedPlot(r.name, gait, r.pin === 'normal', r.cursorPct, {
    widthPx: r.widthPx,
    heightPx: r.heightPx,
    theme: r.fontPt === undefined ? base : paperTheme(base, r.fontPt),
    background: r.background,
    units: r.units,
    panel: r.panel,
  });
  const size = { widthPx: r.widthPx, heightPx: r.heightPx };
  if (r.format === 'csv') return { bytes: tableCsv(plot.table, r.name, ...csvScenarios), ...size };
  const scene = r.onPaper ? onPaper(plot.scene) : plot.scene;
  if (r.format === 'pdf') {
    // The writer and its embedded face load only for a PDF.
    const [{ scenePdf }, { readPdfFonts }] = await Promise.all([
      import('../src/render/export/pdf.ts'),
      import('./pdfFonts.ts'),
    ]);
    return { bytes: await scenePdf(scene, readPdfFonts()), ...size };
  }
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(scene)}\n`;
  if (r.format === 'svg') return { bytes: svg, ...size };
  const scale = r.dpi / SCREEN_DPI;
  return {
    bytes: svgToPng(svg, r.widthPx * scale, r.dpi),
    widthPx: Math.round(r.widthPx * scale),
    heightPx: Math.round(r.heightPx * scale),
  };
}

/** A length in mm to 0.01 mm, for the report on stdout. */
const round = (mm: number): number => Math.round(mm * 100) / 100;

/**
 * The plot's size: on paper when `--width-mm` is given (height from `--height-mm`, `--aspect` or
 * the plot's own shape; type 8 pt unless `--font-pt`), else in pixels (`--width`, `--height` or
 * `--aspect`; the theme's type unless `--font-pt`).
 */
function plotSize(
  args: Parameters<Command>[0],
  name: PlotName,
): Pick<PlotRequest, 'widthPx' | 'heightPx' | 'onPaper' | 'fontPt' | 'panel'> {
  const p = paperOptions(args);
  if (p.widthMm === undefined) {
    if (p.heightMm !== undefined) throw new UsageError('--height-mm needs --width-mm');
    if (args.options.has('height') && p.aspect !== undefined)
      throw new UsageError('--height and --aspect both set the height: give one of them');
    const widthPx = numberOption(args, { name: 'width', min: 200, max: 4000 }, 900);
    const heightPx = numberOption(
      args,
      { name: 'height', min: 150, max: 4000 },
      Math.round(p.aspect === undefined ? widthPx * SCREEN_ASPECT : widthPx / p.aspect),
    );
    return { widthPx, heightPx, onPaper: false, fontPt: p.fontPt, panel: p.panel };
  }
  for (const px of ['width', 'height'])
    if (args.options.has(px))
      throw new UsageError(`--${px} and --width-mm both size the plot: give pixels or millimetres`);
  // The plot's own shape in a journal column; wider plots keep the screen's proportions.
  const own = p.widthMm <= NARROW_MM ? PLOT_PAPER_ASPECT[name] : SCREEN_ASPECT;
  const heightMm = p.heightMm ?? (p.aspect === undefined ? p.widthMm * own : p.widthMm / p.aspect);
  return {
    widthPx: pxOfMm(p.widthMm),
    heightPx: pxOfMm(heightMm),
    onPaper: true,
    fontPt: p.fontPt ?? PAPER_FONT_PT,
    panel: p.panel,
  };
}

/** The plot command. */
export const plotCommand: Command = async (args) => {
  const name = args.extra[0];
  if (name === undefined) throw new UsageError(`plot needs a NAME: ${PLOT_NAMES.join(', ')}`);
  if (!(PLOT_NAMES as readonly string[]).includes(name))
    throw new UsageError(`plot "${name}": must be one of ${PLOT_NAMES.join(', ')}`);
  const out = args.options.get('out');
  if (out === undefined)
    throw new UsageError('plot needs --out FILE.svg, FILE.png, FILE.pdf or FILE.csv');
  const format = FORMATS.find((f) => f === extname(out).toLowerCase().slice(1));
  if (!format)
    throw new UsageError(`--out "${out}": the file must end in .svg, .png, .pdf or .csv`);
  const size = plotSize(args, name as PlotName);
  const dpi = numberOption(
    args,
    { name: 'dpi', min: 72, max: 1200 },
    size.onPaper ? PAPER_DPI : SCREEN_DPI,
  );
  const gait = gaitInput({
    ...args,
    options: new Map([...args.options].filter(([k]) => !PLOT_ONLY.includes(k))),
  });
  const request: PlotRequest = {
    name: name as PlotName,
    format,
    ...size,
    dpi,
    pin: choiceOption(args, 'pin', ['none', 'normal'] as const, 'none'),
    cursorPct: args.options.has('cursor')
      ? numberOption(args, { name: 'cursor', min: 0, max: 100 }, 0)
      : undefined,
    theme: choiceOption(args, 'theme', ['screen', 'projector'] as const, 'screen'),
    background: choiceOption(args, 'background', ['white', 'transparent'] as const, 'white'),
    units: choiceOption(args, 'units', ['BW', 'N'] as const, 'BW'),
  };
  const drawn = await drawPlot(gait, request);
  const paper = size.onPaper
    ? {
        widthMm: round(mmOfPx(size.widthPx)),
        heightMm: round(mmOfPx(size.heightPx)),
        fontPt: size.fontPt,
      }
    : {};
  const stdout = `${JSON.stringify({ plot: name, file: out, format, widthPx: drawn.widthPx, heightPx: drawn.heightPx, ...paper, dpi: format === 'png' ? dpi : undefined, panel: size.panel })}\n`;
  return { stdout, files: [{ path: out, bytes: drawn.bytes }] };
};
