/** The figure's optional layers, in the order the app offers them, with the app's words for them. */
export const FIGURE_LAYERS = [
  { key: 'forces', label: 'forces' },
  { key: 'momentArms', label: 'lever arms' },
  { key: 'dropAngle', label: 'drop angle' },
  { key: 'muscles', label: 'muscles' },
] as const;

/** One optional layer. */
export type FigureLayer = (typeof FIGURE_LAYERS)[number]['key'];

/** Which optional layers to draw. */
export type LayerChoice = Readonly<Record<FigureLayer, boolean>>;
