/**
 * The drawn figure's geometry, world frame (see ./pose.ts for the frame): what the renderers in
 * src/render/figure/ draw, and what places it.
 */
import type {
  Anthropometry,
  BodyGeometry,
  MuscleGroup,
  PelvisShape,
  ScaledMuscle,
  Vec2,
} from '../../../../sim/index.ts';

/** One leg as drawn. */
export interface LegFigure {
  readonly hip: Vec2;
  readonly knee: Vec2;
  readonly ankle: Vec2;
  readonly neckJunction: Vec2;
  readonly greaterTrochanter: Vec2;
  /** How much the leg carries the body, 0-1. */
  readonly stance: number;
}

/** One muscle part as drawn: a straight line of action, world frame. */
export interface MuscleFigure {
  readonly side: 'right' | 'left';
  readonly id: string;
  readonly name: string;
  readonly group: MuscleGroup;
  readonly origin: Vec2;
  readonly insertion: Vec2;
  readonly activation: number;
  readonly forceN: number;
  readonly strength: number;
}

/** The whole figure. */
export interface FigurePose {
  readonly heightM: number;
  readonly right: LegFigure;
  readonly left: LegFigure;
  readonly femoralHeadRadiusM: number;
  /** Pelvis: centre between the hips, its rotation, and its size. */
  readonly pelvis: {
    readonly centre: Vec2;
    readonly angleRad: number;
    readonly shape: PelvisShape;
    readonly rightCrest: Vec2;
    readonly leftCrest: Vec2;
  };
  readonly trunk: {
    readonly lumbosacral: Vec2;
    readonly shoulderCentre: Vec2;
    readonly rightShoulder: Vec2;
    readonly leftShoulder: Vec2;
    readonly rightHand: Vec2;
    readonly leftHand: Vec2;
    readonly headCentre: Vec2;
    readonly headRadiusM: number;
    /** Rotation of the trunk from vertical, counter-clockwise as drawn, rad. */
    readonly angleRad: number;
  };
  readonly muscles: readonly MuscleFigure[];
  /** Centre of mass of the body above the stance hip. */
  readonly partialCom: Vec2;
}

/** One side's muscles and how hard they work. */
export interface SideMuscles {
  readonly muscles: readonly ScaledMuscle[];
  readonly neckShaftRad: number;
  readonly activation: readonly number[];
  readonly forceN: readonly number[];
  readonly strength: readonly number[];
}

/** What places the figure. */
export interface FigureInput {
  readonly body: Anthropometry;
  readonly geometry: BodyGeometry;
  readonly pelvis: PelvisShape;
  /** Pelvic obliquity, rad (positive = right side higher). */
  readonly obliquityRad: number;
  /** Trunk rotation from vertical, counter-clockwise as drawn, rad. */
  readonly trunkAngleRad: number;
  readonly rightHipAdductionRad: number;
  readonly leftHipAdductionRad: number;
  readonly rightStance: number;
  readonly leftStance: number;
  /** Where each foot stands on the floor, world x, m. */
  readonly footprintX: { readonly right: number; readonly left: number };
  readonly right: SideMuscles;
  readonly left: SideMuscles;
}
