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

/** The proximal femur in its own frame (origin at the head centre, x lateral, y up the mechanical axis), m. */
export interface FemurShape {
  /** Neck-shaft angle, rad. */
  readonly neckShaftRad: number;
  /** Neck-shaft junction (the neck axis runs from the head centre to here). */
  readonly neckJunction: Vec2;
  /** Tip of the greater trochanter. */
  readonly greaterTrochanter: Vec2;
  /** Femoral offset: head centre to the shaft axis, m. */
  readonly offsetM: number;
}

/** One leg as drawn. */
export interface LegFigure {
  readonly hip: Vec2;
  readonly knee: Vec2;
  readonly ankle: Vec2;
  readonly neckJunction: Vec2;
  readonly greaterTrochanter: Vec2;
  /** How much the leg carries the body, 0-1. */
  readonly stance: number;
  /** How firmly the foot is planted on its footprint, 0-1 (1 = on the floor). */
  readonly contact: number;
  /** Rotation of the femur frame from upright, counter-clockwise, rad (the thigh's direction). */
  readonly femurAngleRad: number;
  /** Rotation of the shank from upright, counter-clockwise, rad. */
  readonly shankAngleRad: number;
  /** The femur's own shape (mirrored to the left by the drawing). */
  readonly femur: FemurShape;
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

/** One arm as drawn: shoulder, elbow and wrist, world frame. */
export interface ArmFigure {
  readonly shoulder: Vec2;
  readonly elbow: Vec2;
  readonly hand: Vec2;
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
    /** Lateral bend of the lumbar spine (trunk angle less pelvis angle), rad. */
    readonly spineBendRad: number;
    /** Height of the lumbosacral joint above the hip line, pelvis frame, m. */
    readonly lumbosacralHeightM: number;
    readonly rightArm: ArmFigure;
    readonly leftArm: ArmFigure;
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

/** What a hand holds, which fixes where it is. */
export interface HandHold {
  /** The cane's hand and where its tip stands (world x, m): the hand holds the cane's top. */
  readonly cane?: { readonly side: 'right' | 'left'; readonly tipX: number } | undefined;
  /** The hand that carries a load: its arm hangs straight down. */
  readonly load?: 'right' | 'left' | undefined;
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
  /** How much each leg carries the body, 0-1: the pelvis sits over the loaded feet. */
  readonly rightStance: number;
  readonly leftStance: number;
  /** Where each foot stands on the floor, world x, m. */
  readonly footprintX: { readonly right: number; readonly left: number };
  /**
   * How far each ankle is above its floor position, m (0: the foot is on the floor). Without it,
   * the foot of a leg that carries nothing is lifted as in single-leg stance.
   */
  readonly footLiftM?: { readonly right: number; readonly left: number } | undefined;
  /** How firmly each foot is planted on its footprint, 0-1 (default: the leg's stance). */
  readonly contact?: { readonly right: number; readonly left: number } | undefined;
  readonly hands?: HandHold | undefined;
  readonly right: SideMuscles;
  readonly left: SideMuscles;
}
