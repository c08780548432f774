/**
 * Caps: the most work and data any entry point accepts, in one table read by the app's editor and
 * export menu, the file reader, browser storage and the command line, so that they cannot
 * disagree (a sequence the editor builds is one the reader opens). Over a cap: a one-line message
 * (exit 2 on the command line), never a long run, a huge allocation or a file that cannot be read
 * back.
 */

/** Every cap, with its unit in its name or its doc. */
export const CAPS = {
  /**
   * Pixels of a raster image (PNG export, app or command line): 40 megapixels, about 160 MB of
   * RGBA while it is drawn. A 300-dpi A4 page is 8.7 megapixels.
   */
  imagePixels: 40_000_000,
  /** Width of a plot drawn by the command line, screen pixels. */
  plotWidthPx: { min: 200, max: 4000 },
  /** Height of a plot drawn by the command line, screen pixels. */
  plotHeightPx: { min: 150, max: 4000 },
  /** Resolution of a PNG, dots per inch. */
  dpi: { min: 72, max: 1200 },
  /** Width of a video frame drawn by the command line, pixels. */
  videoWidthPx: { min: 64, max: 3840 },
  /** Height of a video frame drawn by the command line, pixels. */
  videoHeightPx: { min: 64, max: 2160 },
  /** Frames per second of a video. */
  videoFps: { min: 1, max: 60 },
  /** Strides of a video of the walk. */
  videoStrides: { min: 1, max: 20 },
  /** Model time of a video after a nerve block, s. */
  videoAfterBlockS: { min: 0.1, max: 10 },
  /** Frames of one video (one minute at 60 frames per second). */
  videoFrames: 3_600,
  /** Characters of a video's caption (one line along the bottom of the frame). */
  videoCaptionChars: 120,
  /** Width of a PNG the app exports at a chosen width, pixels. */
  pngWidthPx: { min: 100, max: 8000 },
  /** Type size of a plot or figure laid out on paper, points (app and command line). */
  paperFontPt: { min: 4, max: 48 },
  /** Samples of a gait cycle or of a nerve-block run (0 and the end included). */
  samples: { min: 2, max: 10_001 },
  /** Values of a sweep. */
  sweepSteps: { min: 1, max: 1_001 },
  /** People drawn in a population (10,000 solve in about a second). */
  populationPeople: { min: 1, max: 100_000 },
  /** Length of a nerve-block run, s (its cost grows with it: 1 ms steps). */
  nerveBlockDurationS: { min: 0.05, max: 20 },
  /** A scenario or sequence file, or one stored entry, bytes of UTF-8. */
  fileBytes: 1_000_000,
  /** Steps of a lecture sequence. */
  sequenceSteps: 100,
  /** Characters of a sequence's title, or of a step's caption or question. */
  textChars: 500,
  /** Recent scenarios kept in the browser (the oldest gives way, and the user is told). */
  recentScenarios: 20,
  /** Characters of a recent scenario's name. */
  nameChars: 80,
  /** Characters of a link's query that are read (a longer link is cut, with a note). */
  queryChars: 8_000,
  /** Notes shown about one link (the rest are counted). */
  linkNotes: 12,
  /** Characters of a value quoted in a message. */
  quotedChars: 40,
  /** Characters of one message line. */
  messageChars: 300,
} as const;

/** A megapixel count for messages, to one decimal. */
const megapixels = (px: number) => (px / 1e6).toFixed(1);

/**
 * Why a raster image of `widthPx` × `heightPx` cannot be made, or undefined when it can: both
 * sides whole and at least 1, and at most {@link CAPS}.imagePixels in all.
 */
export function imageSizeProblem(widthPx: number, heightPx: number): string | undefined {
  const [w, h] = [Math.round(widthPx), Math.round(heightPx)];
  if (!Number.isFinite(w) || !Number.isFinite(h) || w < 1 || h < 1)
    return 'the image would have no pixels';
  if (w * h > CAPS.imagePixels)
    return `the image would be ${w} × ${h} px (${megapixels(w * h)} megapixels); the largest is ${CAPS.imagePixels / 1e6} megapixels`;
  return undefined;
}
