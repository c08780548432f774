/** The figure's options: what to draw and how (read by the scene and its layout). */
import type { FigurePose, StanceOverlays } from './pose/index.ts';
import type { Theme } from '../theme.ts';
import type { LayerChoice } from './layers.ts';

/** What to draw and how. */
export interface FigureOptions {
  readonly theme?: Theme;
  /** Figure height, px (the width follows from the world span, or from `widthPx`). */
  readonly heightPx?: number;
  /** Figure width, px: when given, the view grows to fill width × height. */
  readonly widthPx?: number | undefined;
  readonly title: string;
  readonly description: string;
  readonly bodyWeightN: number;
  readonly overlays?: StanceOverlays | undefined;
  readonly show?: Partial<LayerChoice>;
  readonly units?: 'N' | 'BW';
  /** A faint outline of another posture (e.g. normal) over this one. */
  readonly ghost?: FigurePose | undefined;
  readonly background?: 'white' | 'transparent';
  /** Whole body (posture) or a close-up of the hips (forces and lever arms). */
  readonly view?: 'body' | 'hip';
  /** World x at the centre of the whole-body view, m. */
  readonly centreX?: number;
  readonly id?: string;
  /** Write the muscles' names on the close-up (lecture mode; they are always named on hover). */
  readonly muscleNames?: boolean;
  /** Words in the figure's top-left corner saying what it shows ("Normal, for comparison"). */
  readonly caption?: string | undefined;
}
