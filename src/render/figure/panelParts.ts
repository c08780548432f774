/** What the close-up's panel is built from: its input, its blocks and its text. */
import { textEl, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { haloAttrs, textSize } from './labels.ts';
import type { BodyForce, StanceOverlays } from './pose/index.ts';

/** What the panel shows. */
export interface PanelInput {
  readonly overlays: StanceOverlays;
  /** The forces drawn as arrows. */
  readonly drawn: readonly BodyForce[];
  readonly bodyWeightN: number;
  readonly units: 'N' | 'BW';
  readonly pxPerM: number;
  readonly showForces: boolean;
  readonly showMoments: boolean;
  readonly showActivation: boolean;
  /** The key gives each force's value and lever arm (the figure names them by symbol only). */
  readonly values: boolean;
  /** Prefix of the ids the panel defines (unique in the page). */
  readonly id: string;
  readonly t: Theme;
}

/** A block of the panel: its height at a width, and how to draw it at a place. */
export interface Block {
  readonly height: number;
  /** Names everything the drawing depends on, when it does not change from frame to frame. */
  readonly key?: string | undefined;
  readonly draw: (x: number, y: number, w: number) => SvgNode[];
}

/** Type size of the panel, px. */
export const panelFontPx = (t: Theme) => t.fontPx * 0.85;

/** A line of text in the panel, centred vertically on y. */
export function panelText(
  t: Theme,
  x: number,
  y: number,
  text: string,
  o: {
    bold?: boolean;
    colour?: string;
    anchor?: 'start' | 'middle' | 'end';
    size?: number;
    /** Haloed in the background, to read over the drawing it may cross. */
    halo?: boolean;
  } = {},
): SvgNode {
  const size = o.size ?? panelFontPx(t);
  return textEl(
    'text',
    {
      x,
      y,
      'text-anchor': o.anchor ?? 'start',
      'dominant-baseline': 'middle',
      'font-size': size,
      'font-weight': o.bold ? 600 : 400,
      fill: o.colour ?? t.ink,
      ...(o.halo ? haloAttrs(t, size) : {}),
      class: 'panel-text',
    },
    text,
  );
}

/** Words broken into lines no wider than `w` px. */
export function wrap(text: string, w: number, fontPx: number, bold = false): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textSize(`${last} ${word}`, fontPx, bold).w <= w)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
