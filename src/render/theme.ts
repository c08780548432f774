/**
 * Colours, type and line weights of every figure and plot, in one place. The palette is Okabe &
 * Ito's colour-blind-safe set (Okabe M, Ito K (2008) Color Universal Design); every colour also
 * comes with a label, a dash pattern or a width, so nothing is told by colour alone.
 */

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** A colour profile: screen (default), projector (high contrast) or a dark hall's projector. */
export interface Theme {
  readonly name: 'screen' | 'projector' | 'projector-dark';
  readonly background: string;
  readonly ink: string;
  readonly mutedInk: string;
  readonly bone: string;
  readonly boneEdge: string;
  readonly floor: string;
  readonly skin: string;
  /** Muscle fill from inactive to fully active (interpolated in Lab). */
  readonly muscleLow: string;
  readonly muscleHigh: string;
  readonly muscleEdge: string;
  readonly paralysed: string;
  readonly weight: string;
  readonly abductor: string;
  readonly contact: string;
  readonly cane: string;
  readonly load: string;
  readonly ghost: string;
  /** Edge of the body's outline (soft tissue). */
  readonly skinEdge: string;
  /** Hair on the back of the head. */
  readonly hair: string;
  /** The iliotibial tract and other tendon. */
  readonly tendon: string;
  /** Forces of passive tissue (iliotibial tract, capsule, bone on bone). */
  readonly tissue: string;
  /** Tint of the free body (the pelvis with the upper body) in the close-up. */
  readonly freeBody: string;
  /** Background of the key and the lever panel. */
  readonly panel: string;
  readonly fontFamily: string;
  /** Base font size in px at the figure's design size. */
  readonly fontPx: number;
  /** Line weight scale (1 = screen). */
  readonly lineScale: number;
}

export const FONT_FAMILY = "'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";

export const SCREEN_THEME: Theme = {
  name: 'screen',
  background: '#ffffff',
  ink: '#1a1a1a',
  mutedInk: '#5a5a5a',
  bone: '#efe8d8',
  boneEdge: '#4d4536',
  floor: '#8c8c8c',
  skin: '#f6efe7',
  muscleLow: '#fbefe4',
  muscleHigh: OKABE_ITO.vermillion,
  muscleEdge: '#7a3200',
  paralysed: '#9a9a9a',
  weight: OKABE_ITO.blue,
  abductor: OKABE_ITO.vermillion,
  contact: OKABE_ITO.black,
  cane: OKABE_ITO.bluishGreen,
  load: OKABE_ITO.reddishPurple,
  ghost: OKABE_ITO.skyBlue,
  skinEdge: '#8a7b6a',
  hair: '#9a8270',
  tendon: '#dfe6ec',
  tissue: OKABE_ITO.orange,
  freeBody: OKABE_ITO.skyBlue,
  panel: '#f7f7f5',
  fontFamily: FONT_FAMILY,
  fontPx: 15,
  lineScale: 1,
};

export const PROJECTOR_THEME: Theme = {
  ...SCREEN_THEME,
  name: 'projector',
  ink: '#000000',
  mutedInk: '#222222',
  bone: '#fffaf0',
  boneEdge: '#000000',
  floor: '#000000',
  muscleLow: '#ffd9b3',
  muscleEdge: '#000000',
  skinEdge: '#3a3127',
  fontPx: 19,
  lineScale: 1.6,
};

/**
 * The projector in a darkened hall: light ink and bones on a near-black ground, so the screen does
 * not dazzle and the room stays dark. The Okabe & Ito hues are kept but lightened where the
 * original is too dark to read on black (blue, vermillion, bluish green); the weight vector turns
 * yellow, the hue with most contrast on black. Contrast of ink on ground ≈ 17:1.
 */
export const PROJECTOR_DARK_THEME: Theme = {
  ...PROJECTOR_THEME,
  name: 'projector-dark',
  background: '#101214',
  ink: '#f4f4f4',
  mutedInk: '#c9c9c9',
  bone: '#e9e1cf',
  boneEdge: '#fffaf0',
  floor: '#bdbdbd',
  skin: '#2b3036',
  muscleLow: '#4a3326',
  muscleHigh: '#ff8a3d',
  muscleEdge: '#ffc79e',
  paralysed: '#7a7a7a',
  weight: OKABE_ITO.yellow,
  abductor: '#ff8a3d',
  contact: '#ffffff',
  cane: '#2fd4a4',
  load: '#e59ac4',
  ghost: OKABE_ITO.skyBlue,
  skinEdge: '#9a8f82',
  hair: '#5e4d40',
  tendon: '#56606b',
  panel: '#1c1f23',
};
