/**
 * The figure as one SVG scene, with a title and a description in words: the whole body seen from
 * behind (posture, the pelvic tilt drawn large), or a close-up of the hips with the free body of
 * the pelvis and upper body (forces, lever arms, the key and the seesaw in a panel beside or below
 * it). Used by the app, the exports and the golden tests. Layout is in ./layout.ts, labels are
 * placed last (./labels.ts) so that none collides.
 */
import type { FigurePose } from './pose/index.ts';
import { densify } from '../plots/placement.ts';
import { el, svgRoot, type SvgNode } from '../svg.ts';
import { SCREEN_THEME, type Theme } from '../theme.ts';
import { bagNode, caneNode } from './cane.ts';
import { activationBlock } from './colourBar.ts';
import { floorNode, sideLabels } from './floor.ts';
import { drawnForces, forceArrows } from './forceArrows.ts';
import { screenFrame, type ScreenFrame } from './frame.ts';
import { ghostNode } from './ghost.ts';
import { boxAt, placeLabels, textSize, type Box, type LabelRequest } from './labels.ts';
import type { LayerChoice } from './layers.ts';
import { figureLayout } from './layout.ts';
import type { FigureOptions } from './options.ts';
import { femurSeenThrough, legNode } from './leg.ts';
import { groupCentres, GROUP_NAME, musclesNode } from './muscles.ts';
import { dropAngle, leverArms, neckShaftAngle } from './overlays.ts';
import { forceText } from '../format.ts';
import { panelNode } from './keyPanel.ts';
import { panelText } from './panelParts.ts';
import { hipJointsNode, pelvisNode } from './pelvis.ts';
import { armsNode } from './arms.ts';
import { skinNode } from './skin.ts';
import { spineNode } from './spine.ts';
import { TILT_LINE_EXTEND_M, tiltMarks } from './tilt.ts';

export type { FigureOptions } from './options.ts';

/** Below this size of the drawing (in font sizes) forces and lever arms are named by symbol only. */
const SMALL_AREA_EM = 30;

const DEFAULT_SHOW: LayerChoice = {
  forces: true,
  momentArms: true,
  dropAngle: true,
  muscles: true,
};

/** Labels asked for, boxes they keep out of, lines they avoid. */
interface Annotations {
  nodes: SvgNode[];
  labels: LabelRequest[];
  keepOut: Box[];
  lines: [number, number][][];
}

/** Fixed text in a corner of the drawing area, kept clear of labels. */
function cornerText(
  frame: ScreenFrame,
  t: Theme,
  text: string,
  corner: 'left' | 'right',
  row: number,
  a: Annotations,
  bold = false,
): void {
  const f = t.fontPx * 0.9;
  const { w, h } = textSize(text, f, bold);
  const pad = 0.5 * t.fontPx;
  const x =
    corner === 'left' ? frame.area.x + pad + w / 2 : frame.area.x + frame.area.width - pad - w / 2;
  const y = frame.area.y + pad + h * (row + 0.5);
  // On the dark projector the muted ink is light, like the bones it may cross (the shoulder blade
  // under "Left" in a small close-up): haloed there. On light grounds it is darker than anything
  // drawn, and reads as it is.
  const halo = t.name === 'projector-dark';
  a.nodes.push(
    panelText(t, x, y, text, { anchor: 'middle', size: f, bold, colour: t.mutedInk, halo }),
  );
  a.keepOut.push(boxAt(x, y, w + 4, h));
}

/** The close-up's overlays: arrows, lever arms, drop and neck-shaft angles, muscle names. */
function hipAnnotations(
  pose: FigurePose,
  o: FigureOptions,
  frame: ScreenFrame,
  t: Theme,
  show: LayerChoice,
  small: boolean,
  a: Annotations,
): void {
  const ov = o.overlays;
  if (ov) {
    const drawn = drawnForces(ov.forces, o.bodyWeightN);
    if (show.momentArms) {
      const m = leverArms(drawn, ov, frame, t, small);
      a.nodes.push(...m.nodes);
      a.lines.push(...m.lines);
      a.labels.push(...m.labels);
    }
    if (show.dropAngle) {
      const d = dropAngle(ov, frame, t);
      a.nodes.push(...d.nodes);
      a.lines.push(...d.lines);
      a.labels.unshift(...d.labels);
    }
    if (show.forces) {
      const units = o.units ?? 'BW';
      const f = forceArrows(drawn, frame, t, o.bodyWeightN, (d) =>
        small ? d.symbol : `${d.symbol} ${forceText(d.forceN, o.bodyWeightN, units)}`,
      );
      a.nodes.push(...f.nodes);
      a.keepOut.push(...f.heads);
      a.lines.push(...f.lines);
      a.labels.unshift(...f.labels);
    }
    const hip = frame.at(ov.hip);
    a.keepOut.push(boxAt(hip[0], hip[1], 6 * t.lineScale, 6 * t.lineScale));
  }
  const stance = ov?.side ?? (pose.right.stance >= pose.left.stance ? 'right' : 'left');
  const neck = neckShaftAngle(stance === 'right' ? pose.right : pose.left, pose.heightM, frame, t);
  a.nodes.push(...neck.nodes);
  a.labels.push(...neck.labels);
  if (o.muscleNames && show.muscles)
    for (const g of groupCentres(pose, stance))
      a.labels.push({
        text: GROUP_NAME[g.group],
        at: frame.at(g.at),
        colour: t.mutedInk,
        fontPx: t.fontPx * 0.85,
        bold: false,
        leader: true,
        gapPx: t.fontPx,
      });
}

/** The figure scene. */
export function figureScene(pose: FigurePose, o: FigureOptions): SvgNode {
  const t = o.theme ?? SCREEN_THEME;
  const view = o.view ?? 'body';
  const show = { ...DEFAULT_SHOW, ...o.show };
  const layout = figureLayout(pose, o, t, show);
  const frame = screenFrame(layout.window, layout.heightPx, layout.area, layout.widthPx);
  const a: Annotations = { nodes: [], labels: [], keepOut: [], lines: [] };
  const small = Math.min(frame.area.width, frame.area.height) < SMALL_AREA_EM * t.fontPx;
  if (o.caption) cornerText(frame, t, o.caption, 'left', 0, a, true);
  if (view === 'hip') {
    cornerText(frame, t, 'Left', 'left', o.caption ? 1 : 0, a);
    cornerText(frame, t, 'Right', 'right', 0, a);
    hipAnnotations(pose, o, frame, t, show, small, a);
  } else if (show.dropAngle) {
    const tilt = tiltMarks(pose, frame, t);
    a.nodes.push(...tilt.nodes);
    a.labels.unshift(...tilt.labels);
  }
  if (view === 'body' && show.muscles) {
    const f = t.fontPx;
    const w = Math.min(13 * f, frame.area.width * 0.45);
    const bar = activationBlock(t, w, `${o.id ?? 'figure'}-activation`);
    const x = frame.area.x + 0.5 * f;
    const y = frame.y(0) - bar.height - 0.5 * f;
    a.nodes.push(el('g', { class: 'activation-key' }, bar.draw(x, y, w)));
    a.keepOut.push({ x0: x, y0: y, x1: x + w, y1: y + bar.height });
  }
  const ar = frame.area;
  const labels = placeLabels(
    a.labels,
    a.keepOut,
    densify(a.lines, 5),
    { x0: ar.x, y0: ar.y, x1: ar.x + ar.width, y1: ar.y + ar.height },
    t,
  );
  const id = o.id ?? 'figure';
  return svgRoot(
    {
      id,
      className: `figure figure-${view}`,
      widthPx: Math.round(layout.widthPx),
      heightPx: Math.round(layout.heightPx),
      fontFamily: t.fontFamily,
      title: o.title,
      description: o.description,
      background: o.background === 'transparent' ? undefined : t.background,
    },
    [
      ...(frame.y(0) < frame.area.y + frame.area.height ? [floorNode(frame, t)] : []),
      skinNode(pose, frame, t),
      spineNode(pose, frame, t),
      legNode(pose.left, -1, pose.femoralHeadRadiusM, frame, t, 'Left', pose.heightM),
      legNode(pose.right, 1, pose.femoralHeadRadiusM, frame, t, 'Right', pose.heightM),
      pelvisNode(
        pose,
        frame,
        t,
        view === 'body' ? TILT_LINE_EXTEND_M : 0,
        view === 'body' ? 2.6 : 1.2,
      ),
      ...(show.muscles
        ? [
            view === 'hip'
              ? musclesNode(pose, frame, t, 0.85, true, o.overlays?.side)
              : musclesNode(pose, frame, t, 1, false),
          ]
        : []),
      ...(view === 'hip' && show.muscles
        ? [
            (o.overlays?.side ?? 'right') === 'right'
              ? femurSeenThrough(pose.right, 1, pose.femoralHeadRadiusM, frame, t, pose.heightM)
              : femurSeenThrough(pose.left, -1, pose.femoralHeadRadiusM, frame, t, pose.heightM),
          ]
        : []),
      hipJointsNode(pose, frame, t),
      armsNode(pose, frame, t),
      ...(o.overlays?.cane ? [caneNode(o.overlays.cane.hand, pose.heightM, frame, t)] : []),
      ...(o.overlays?.load ? [bagNode(o.overlays.load.hand, pose.heightM, frame, t)] : []),
      ...(o.ghost ? [ghostNode(o.ghost, frame, t)] : []),
      el(
        'g',
        { class: 'overlays', 'aria-label': 'Forces and lever arms', 'pointer-events': 'none' },
        [...a.nodes, ...labels.nodes],
      ),
      ...(view === 'body' ? [sideLabels(pose, frame, t)] : []),
      ...(layout.panel && o.overlays
        ? [
            panelNode(
              layout.panel,
              {
                overlays: o.overlays,
                drawn: drawnForces(o.overlays.forces, o.bodyWeightN),
                bodyWeightN: o.bodyWeightN,
                units: o.units ?? 'BW',
                pxPerM: frame.pxPerM,
                showForces: show.forces,
                showMoments: show.momentArms,
                showActivation: show.muscles,
                values: small,
                id: o.id ?? 'figure',
                t,
              },
              layout.columnPx,
            ),
          ]
        : []),
    ],
  );
}
