/**
 * Handing a view to others: its link, the link of the same view embedded (`embed=1`: the figure
 * alone) and the <iframe> snippet that shows it in a course page, and a QR code of the link drawn
 * here (uqr; no network) for a room of phones.
 */
import { renderSVG } from 'uqr';
import { toQuery, type Scenario, type ViewState } from './scenario.ts';

/** The page's address without its query or fragment. */
export function pageAddress(href: string): string {
  return href.replace(/[?#].*$/, '');
}

/** The link to `scenario` as `view` shows it, for someone else (not in lecture mode). */
export function shareLink(address: string, scenario: Scenario, view: ViewState): string {
  const q = toQuery(scenario, { ...view, lecture: false, step: 0, embed: false });
  return q ? `${address}?${q}` : address;
}

/** The link to the same view embedded: the figure alone, with the strength sliders if asked. */
export function embedLink(
  address: string,
  scenario: Scenario,
  view: ViewState,
  strength: boolean,
): string {
  const controls = strength ? 'strength' : 'none';
  const q = toQuery(scenario, { ...view, lecture: false, step: 0, embed: true, controls });
  return `${address}?${q}`;
}

/** Text made safe inside a double-quoted HTML attribute. */
const attribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Frame size of the snippet, CSS px: 16:9, wide enough for the figure and a plot. */
export const EMBED_FRAME = { widthPx: 800, heightPx: 450 } as const;

/** A ready-to-paste <iframe> of an embed link, titled for screen readers. */
export function iframeSnippet(src: string, title: string): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" ` +
    `width="${EMBED_FRAME.widthPx}" height="${EMBED_FRAME.heightPx}" ` +
    `style="border: 0; max-width: 100%" loading="lazy" allow="fullscreen"></iframe>`
  );
}

/** A QR code of `text` as an SVG image's data: URL (error correction M: readable off a screen). */
export function qrImage(text: string): string {
  const svg = renderSVG(text, { ecc: 'M', border: 2, pixelSize: 4 });
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
