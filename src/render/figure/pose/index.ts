/** Figure geometry (drawing only): the pose of a stance or of an instant of gait, world frame. */
export { buildFigure } from './pose.ts';
export type { FigureInput, FigurePose, LegFigure, MuscleFigure, SideMuscles } from './types.ts';
export { stanceFigure } from './stancePose.ts';
export type { StanceFigure, StanceOverlays } from './stancePose.ts';
export { gaitFigure } from './gaitPose.ts';
