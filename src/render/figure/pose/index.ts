/** Figure geometry (drawing only): the pose of a stance or of an instant of gait, world frame. */
export { buildFigure } from './pose.ts';
export type {
  ArmFigure,
  FemurShape,
  FigureInput,
  FigurePose,
  HandHold,
  LegFigure,
  MuscleFigure,
  SideMuscles,
} from './types.ts';
export { stanceFigure } from './stancePose.ts';
export type { StanceFigure, StanceOverlays } from './stancePose.ts';
export { gaitFigure } from './gaitPose.ts';
export { gaitOverlays } from './gaitOverlays.ts';
export { netForce, netMomentNm } from './freeBody.ts';
export type { BodyForce, BodyForceId } from './freeBody.ts';
