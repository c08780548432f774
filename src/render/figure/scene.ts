/**
 * The figure as one SVG scene: floor, ghost, trunk, legs, pelvis, muscles, overlays, labels, with
 * a title and a description in words. Used by the app, the exports and the golden tests.
 */

import type { FigurePose, StanceOverlays } from './pose/index.ts';
import { svgRoot, type SvgNode } from '../svg.ts';
import { SCREEN_THEME, type Theme } from '../theme.ts';
import { bodyWindow, fitAspect, hipWindow, screenFrame } from './frame.ts';
import { musclesNode } from './muscles.ts';
import type { LayerChoice } from './layers.ts';
import { overlaysNode } from './overlays.ts';
import { caneNode } from './cane.ts';
import { floorNode, sideLabels } from './floor.ts';
import { ghostNode } from './ghost.ts';
import { legNode } from './leg.ts';
import { hipJointsNode, pelvisNode } from './pelvis.ts';
import { trunkNode } from './trunk.ts';

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
}

const DEFAULT_SHOW: LayerChoice = {
  forces: true,
  momentArms: true,
  dropAngle: true,
  muscles: true,
};

/** The figure scene. */
export function figureScene(pose: FigurePose, o: FigureOptions): SvgNode {
  const t = o.theme ?? SCREEN_THEME;
  const view = o.view ?? 'body';
  const win =
    view === 'hip'
      ? hipWindow(o.overlays?.hip ?? pose.pelvis.centre, pose.heightM)
      : bodyWindow(pose.heightM, o.centreX ?? 0);
  const heightPx = o.heightPx ?? 760;
  const frame = screenFrame(o.widthPx ? fitAspect(win, o.widthPx / heightPx) : win, heightPx);
  const show = { ...DEFAULT_SHOW, ...o.show };
  // Forces and lever arms are drawn only where they can be read: in the close-up. The
  // whole-body view keeps the drop angle.
  const choice =
    view === 'hip' ? show : { forces: false, momentArms: false, dropAngle: show.dropAngle };
  const w = Math.round(frame.widthPx);
  const h = Math.round(frame.heightPx);
  const id = o.id ?? 'figure';
  return svgRoot(
    {
      id,
      className: `figure figure-${view}`,
      widthPx: w,
      heightPx: h,
      fontFamily: t.fontFamily,
      title: o.title,
      description: o.description,
      background: o.background === 'transparent' ? undefined : t.background,
    },
    [
      floorNode(frame, t),
      trunkNode(pose, frame, t),
      legNode(pose.left, -1, pose.femoralHeadRadiusM, frame, t, 'Left'),
      legNode(pose.right, 1, pose.femoralHeadRadiusM, frame, t, 'Right'),
      pelvisNode(pose, frame, t),
      ...(show.muscles ? [musclesNode(pose, frame, t, o.bodyWeightN)] : []),
      hipJointsNode(pose, frame, t),
      ...(o.overlays?.cane ? [caneNode(o.overlays.cane.hand, frame, t)] : []),
      ...(o.ghost ? [ghostNode(o.ghost, frame, t)] : []),
      ...(o.overlays
        ? [overlaysNode(o.overlays, frame, t, choice, o.bodyWeightN, o.units ?? 'BW')]
        : []),
      sideLabels(pose, frame, t),
    ],
  );
}
