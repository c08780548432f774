/**
 * The population plot's marks (src/render/plots/population.ts): its line styles, what both panels
 * draw, and the marks of each panel with their labels kept off the curves and each other.
 */
import { deg, type SignPoint } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Curve, Frame, Panel } from './frame.ts';
import { oneDecimal, whole } from './format.ts';
import { bandNode, dotNode, segmentNode, textNode, type Point } from './marks.ts';
import { bestSpot, densify, spotPoints, spotsAround } from './placement.ts';
import { KENDALL_2013, type PopulationSeries } from './populationSeries.ts';
import {
  BAND_OPACITY,
  MAIN_WIDTH_PX,
  SERIES_COLOURS,
  textWidthPx,
  type LineStyle,
} from './style.ts';
import type { PlotData } from './types.ts';

/** The line styles of the share with the sign, the median drop and Kendall's block. */
export function styles(t: Frame['t']) {
  return {
    sign: { colour: SERIES_COLOURS[0], widthPx: MAIN_WIDTH_PX },
    median: { colour: t.ink, widthPx: MAIN_WIDTH_PX },
    kendall: { colour: SERIES_COLOURS[3], widthPx: 1.6 },
  } satisfies Record<string, LineStyle>;
}

/** A fraction as a percentage. */
export const pct = (fraction: number) => fraction * 100;
/** Share with a positive sign (%) against strength (%). */
export const signPoints = (ps: readonly SignPoint[]) =>
  ps.map((p): Point => [p.strengthPct, pct(p.positiveFraction)]);
/** Median pelvic drop (deg) against strength (%). */
export const medianPoints = (ps: readonly SignPoint[]) =>
  ps.map((p): Point => [p.strengthPct, deg(p.pelvicDropRad.p50)]);

/** What both panels draw, as data. */
export interface Drawn {
  readonly sign: Curve;
  readonly median: Curve;
  readonly band: readonly (readonly [number, number, number])[];
  readonly ghosts: { readonly sign: Curve; readonly median: Curve } | undefined;
}

/** A dot with a vertical whisker from `lo` to `hi` (data units). */
function whisker(
  p: Point,
  lo: number,
  hi: number,
  sc: Panel,
  style: LineStyle,
  fr: Frame,
  label: string,
  hollow: boolean,
): SvgNode {
  const x = sc.x(p[0]);
  return el('g', { 'aria-label': label }, [
    segmentNode(x, sc.y(lo), x, sc.y(hi), style, fr.t),
    segmentNode(x - 5, sc.y(lo), x + 5, sc.y(lo), style, fr.t),
    segmentNode(x - 5, sc.y(hi), x + 5, sc.y(hi), style, fr.t),
    dotNode(p, sc, style.colour, fr.t, label, hollow),
  ]);
}

/** A label near a point (px) where it crosses fewest `obstacles`; its box joins them. */
function labelNear(
  x: number,
  y: number,
  text: string,
  sc: Panel,
  fr: Frame,
  obstacles: [number, number][],
): SvgNode {
  const { t, f } = fr;
  const w = textWidthPx(text, f.legend);
  const h = f.legend * 1.2;
  const spot = bestSpot(
    spotsAround(x, y, 10 * t.lineScale + f.legend * 0.6),
    w,
    h,
    obstacles,
    sc.box,
  );
  obstacles.push(...spotPoints(spot, w, h));
  return textNode(
    spot.x,
    spot.y,
    text,
    { size: f.legend, colour: t.ink, anchor: spot.anchor, weight: 600, halo: true },
    t,
  );
}

/**
 * The marks of the top panel: curves, the scenario's own population, Kendall's block, progress;
 * their labels keep off the curves and each other.
 */
export function signMarks(
  data: PlotData<PopulationSeries>,
  d: Drawn,
  sc: Panel,
  fr: Frame,
): SvgNode[] {
  const { t, f } = fr;
  const s = data.current.series;
  const st = styles(t);
  const curves = [d.sign, ...(d.ghosts ? [d.ghosts.sign] : [])];
  const k: Point = [s.kendallStrengthPct, pct(KENDALL_2013.positive / KENDALL_2013.people)];
  const c: Point | undefined = s.current && [
    s.current.strengthPct,
    pct(s.current.summary.positiveFraction),
  ];
  const px = (q: readonly [number, number]): Point => [sc.x(q[0]), sc.y(q[1])];
  // Labels keep off the curves, Kendall's whisker and the scenario's dot.
  const obstacles = densify([
    ...curves.map((cv) => cv.points.map(px)),
    [px([k[0], pct(KENDALL_2013.interval95[0])]), px([k[0], pct(KENDALL_2013.interval95[1])])],
    ...(c ? [[px([c[0] - 1, c[1]]), px([c[0] + 1, c[1]])]] : []),
  ]);
  // The scenario's own label first (the plot is about it), then Kendall's around what is left.
  const own =
    c && labelNear(sc.x(c[0]), sc.y(c[1]), `this scenario: ${whole(c[1])} %`, sc, fr, obstacles);
  const out: SvgNode[] = [
    ...fr.curves(curves, sc),
    whisker(
      k,
      pct(KENDALL_2013.interval95[0]),
      pct(KENDALL_2013.interval95[1]),
      sc,
      st.kendall,
      fr,
      'Kendall 2013: 1 of 9 positive after a block',
      true,
    ),
    labelNear(sc.x(k[0]), sc.y(k[1]), 'Kendall 2013: 1 of 9', sc, fr, obstacles),
  ];
  if (c && own)
    out.push(dotNode(c, sc, t.ink, t, `${data.current.label}: ${whole(c[1])} % positive`), own);
  if (s.points.length < s.strengthsPct.length)
    out.push(
      textNode(
        sc.box.left + sc.box.width / 2,
        sc.box.top + sc.box.height / 2,
        `Solving ${s.n} people at each strength: ${s.points.length} of ${s.strengthsPct.length} done`,
        { size: f.label, colour: t.mutedInk, anchor: 'middle', halo: true },
        t,
      ),
    );
  return out;
}

/** The marks of the bottom panel: the band, the medians, the scenario's own spread. */
export function dropMarks(
  data: PlotData<PopulationSeries>,
  d: Drawn,
  sc: Panel,
  fr: Frame,
): SvgNode[] {
  const { t } = fr;
  const s = data.current.series;
  const out: SvgNode[] = [
    bandNode(
      d.band,
      sc,
      t.ink,
      BAND_OPACITY,
      `${data.current.label}: pelvic drop, 5th-95th percentile`,
    ),
    ...fr.curves([d.median, ...(d.ghosts ? [d.ghosts.median] : [])], sc),
  ];
  if (s.current) {
    const q = s.current.summary.pelvicDropRad;
    out.push(
      whisker(
        [s.current.strengthPct, deg(q.p50)],
        deg(q.p5),
        deg(q.p95),
        sc,
        { colour: t.ink, widthPx: 1.6 },
        fr,
        `${data.current.label}: its own population's pelvic drop, median ${oneDecimal(deg(q.p50))}°`,
        false,
      ),
    );
  }
  return out;
}
