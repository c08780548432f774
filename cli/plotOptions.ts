/**
 * The options of `plot`: which plot, the file, its size in screen pixels (`--width-px`,
 * `--height-px`; `--width` is the old name of `--width-px`, and `--height` is the body height as
 * for every command) or on paper (`--width-mm`, `--height-mm` or `--aspect`, `--font-pt`,
 * `--panel`), the PNG resolution within the pixel cap (sim/fields/caps.ts), and the look. Each
 * option that has no meaning for the file asked for is refused.
 */
import { extname } from 'node:path';
import { CAPS, imageSizeProblem, quoteForMessage as q } from '../sim/index.ts';
import { pxOfMm } from '../src/render/export/paper.ts';
import { SCREEN_DPI } from '../src/render/export/png.ts';
import { PLOT_NAMES, PLOT_PAPER_ASPECT, type PlotName } from '../src/render/plots/types.ts';
import { UsageError, type Args } from './args.ts';
import { choiceOption, numberOption } from './options.ts';

/** The ratio given for `--name` as "W:H" or one number (W/H), within [min, max]; `undefined` when absent. */
export function ratioOption(
  args: Args,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const text = args.options.get(name);
  if (text === undefined) return undefined;
  const parts = text.split(':').map((p) => (p.trim() === '' ? NaN : Number(p)));
  const [w, h = 1] = parts;
  const value = parts.length <= 2 && w !== undefined ? w / h : NaN;
  if (!Number.isFinite(value) || value <= 0)
    throw new UsageError(
      `--${name} "${q(text)}": must be width:height such as 16:9, or one number`,
    );
  if (value < min || value > max)
    throw new UsageError(
      `--${name} "${q(text)}": width per height must be between ${min} and ${max}`,
    );
  return value;
}

/** Sizes on paper: width and height in mm (or width per height), type in pt, a panel letter. */
export interface PaperOptions {
  /** Width on paper, mm; undefined: the plot is sized in pixels. */
  readonly widthMm: number | undefined;
  /** Height on paper, mm, when given. */
  readonly heightMm: number | undefined;
  /** Width per height, when given. */
  readonly aspect: number | undefined;
  /** Base type size, pt, when given. */
  readonly fontPt: number | undefined;
  /** A panel letter (one or two letters or digits). */
  readonly panel: string | undefined;
}

/** Names of the paper options (so commands can keep them apart from scenario settings). */
export const PAPER_OPTION_NAMES = ['width-mm', 'height-mm', 'aspect', 'font-pt', 'panel'];

/** `--width-mm`, `--height-mm` or `--aspect`, `--font-pt` and `--panel`. */
export function paperOptions(args: Args): PaperOptions {
  if (args.options.has('height-mm') && args.options.has('aspect'))
    throw new UsageError('--height-mm and --aspect both set the height: give one of them');
  const panel = args.options.get('panel');
  if (panel !== undefined && !/^[A-Za-z0-9]{1,2}$/.test(panel))
    throw new UsageError(`--panel "${q(panel)}": must be one or two letters or digits, e.g. A`);
  const mm = (name: string, min: number) =>
    args.options.has(name)
      ? numberOption(args, { name, min, max: 1000, unit: 'mm' }, 0)
      : undefined;
  return {
    widthMm: mm('width-mm', 30),
    heightMm: mm('height-mm', 20),
    aspect: ratioOption(args, 'aspect', 0.2, 5),
    fontPt: args.options.has('font-pt')
      ? numberOption(args, { name: 'font-pt', ...CAPS.paperFontPt, unit: 'pt' }, 0)
      : undefined,
    panel,
  };
}

// ---------------------------------------------------------------------------------------------
// plot

const FORMATS = ['svg', 'png', 'pdf', 'csv'] as const;

/**
 * The image options of `plot`: a size in screen pixels (`--width` is the old name of
 * `--width-px`), or on paper; the resolution of a PNG; the look.
 */
const IMAGE_OPTIONS = [
  'width-px',
  'height-px',
  'width',
  ...PAPER_OPTION_NAMES,
  'dpi',
  'theme',
  'background',
];

/** Every option of `plot` beside the scenario settings. */
export const PLOT_OPTIONS: readonly string[] = ['out', ...IMAGE_OPTIONS, 'pin', 'cursor', 'units'];

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
  /** The file to write, and its format (from its extension). */
  readonly out: string;
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

/** Refuses `--name` when given, saying why it has no meaning here. */
function refuseIf(args: Args, names: readonly string[], why: string): void {
  for (const name of names)
    if (args.options.has(name)) throw new UsageError(`--${name} has no meaning for ${why}`);
}

/**
 * A size in screen pixels (`--width-px`, `--height-px` or `--aspect`), or on paper when
 * `--width-mm` is given (height from `--height-mm`, `--aspect` or the plot's own shape; type 8 pt
 * unless `--font-pt`).
 */
function plotSize(
  args: Args,
  name: PlotName,
): Pick<PlotRequest, 'widthPx' | 'heightPx' | 'onPaper' | 'fontPt' | 'panel'> {
  if (args.options.has('width') && args.options.has('width-px'))
    throw new UsageError('--width is the old name of --width-px: give one of them');
  const widthName = args.options.has('width') ? 'width' : 'width-px';
  const p = paperOptions(args);
  if (p.widthMm === undefined) {
    if (p.heightMm !== undefined) throw new UsageError('--height-mm needs --width-mm');
    if (args.options.has('height-px') && p.aspect !== undefined)
      throw new UsageError('--height-px and --aspect both set the height: give one of them');
    const widthPx = numberOption(args, { name: widthName, ...CAPS.plotWidthPx }, 900);
    const heightPx = numberOption(
      args,
      { name: 'height-px', ...CAPS.plotHeightPx },
      Math.round(p.aspect === undefined ? widthPx * SCREEN_ASPECT : widthPx / p.aspect),
    );
    return { widthPx, heightPx, onPaper: false, fontPt: p.fontPt, panel: p.panel };
  }
  for (const px of [widthName, 'height-px'])
    if (args.options.has(px))
      throw new UsageError(`--${px} and --width-mm both size the plot: give pixels or millimetres`);
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

/** The plot, file and image the options of `plot NAME` ask for; every option given is used. */
export function plotRequest(args: Args): PlotRequest {
  const name = args.extra[0];
  if (name === undefined) throw new UsageError(`plot needs a NAME: ${PLOT_NAMES.join(', ')}`);
  if (!(PLOT_NAMES as readonly string[]).includes(name))
    throw new UsageError(`plot "${q(name)}": must be one of ${PLOT_NAMES.join(', ')}`);
  const out = args.options.get('out');
  if (out === undefined)
    throw new UsageError('plot needs --out FILE.svg, FILE.png, FILE.pdf or FILE.csv');
  const format = FORMATS.find((f) => f === extname(out).toLowerCase().slice(1));
  if (!format)
    throw new UsageError(`--out "${q(out)}": the file must end in .svg, .png, .pdf or .csv`);
  if (format === 'csv')
    refuseIf(args, IMAGE_OPTIONS, 'a CSV (it holds the plotted numbers, not an image)');
  if (format === 'svg' || format === 'pdf')
    refuseIf(
      args,
      ['dpi'],
      `${format === 'svg' ? 'an SVG' : 'a PDF'} (a vector image has no resolution)`,
    );
  if (name !== 'gait-cycle')
    refuseIf(args, ['cursor'], `plot ${name} (only gait-cycle has a cursor)`);
  const size = plotSize(args, name as PlotName);
  const dpi = numberOption(
    args,
    { name: 'dpi', ...CAPS.dpi },
    size.onPaper ? PAPER_DPI : SCREEN_DPI,
  );
  if (format === 'png') {
    const scale = dpi / SCREEN_DPI;
    const problem = imageSizeProblem(size.widthPx * scale, size.heightPx * scale);
    if (problem)
      throw new UsageError(
        `${Math.round(size.widthPx)} × ${Math.round(size.heightPx)} px at --dpi ${dpi}: ${problem}`,
      );
  }
  return {
    name: name as PlotName,
    out,
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
}
