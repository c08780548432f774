/**
 * `plot NAME --out FILE.svg|FILE.png|FILE.pdf|FILE.csv`: the app's plots rendered without a
 * browser. The same builders as the app (src/render/plots); PNG by resvg, with the print
 * resolution recorded; PDF by the same vector writer as the app (src/render/export/pdf.ts, DejaVu
 * Sans embedded). Sized
 * in screen pixels, or on paper in mm with the type in pt. The command reads its options and
 * returns the file; cli/main.ts writes it.
 */
import { Resvg } from '@resvg/resvg-js';
import { DEFAULT_GAIT, normalBody, optionsOf, type GaitInput } from '../sim/index.ts';
import { plotOfInputs, type LabelledInput } from '../src/render/plots/fromInputs.ts';
import type { Plot, PlotName, PlotOptions } from '../src/render/plots/types.ts';
import { tableCsv, type CsvScenario } from '../src/render/export/csv.ts';
import { mmOfPx, onPaper, paperTheme } from '../src/render/export/paper.ts';
import { SCREEN_DPI, withDpi } from '../src/render/export/png.ts';
import { serialize } from '../src/render/svg.ts';
import { PROJECTOR_THEME, SCREEN_THEME } from '../src/render/theme.ts';
import type { Command } from './command.ts';
import { gaitInput } from './options.ts';
import { plotRequest, type PlotRequest } from './plotOptions.ts';

export type { PlotRequest } from './plotOptions.ts';

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
    // Every written setting of the scenario, named as in URLs and files (the field table).
    options: optionsOf(
      { stance: s.input.stance, affectedSide: s.input.affectedSide },
      DEFAULT_GAIT,
      true,
    ),
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

/** `plot NAME --out FILE`: the plot of the options, as the file's bytes; main.ts writes it. */
export const plotCommand: Command = async (args) => {
  const request = plotRequest(args);
  const drawn = await drawPlot(gaitInput(args), request);
  const { name, out, format, dpi } = request;
  const paper = request.onPaper
    ? {
        widthMm: round(mmOfPx(request.widthPx)),
        heightMm: round(mmOfPx(request.heightPx)),
        fontPt: request.fontPt,
      }
    : {};
  const stdout = `${JSON.stringify({ plot: name, file: out, format, widthPx: drawn.widthPx, heightPx: drawn.heightPx, ...paper, dpi: format === 'png' ? dpi : undefined, panel: request.panel })}\n`;
  return { stdout, files: [{ path: out, bytes: drawn.bytes }] };
};
