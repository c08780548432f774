import { gaitFigure, stanceFigure } from '../../src/render/figure/pose/index.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE, sampleGait, solveStance, type StanceInput } from '../../sim/index.ts';
import { figureScene } from '../../src/render/figure/scene.ts';
import { serialize } from '../../src/render/svg.ts';
import { PROJECTOR_DARK_THEME, PROJECTOR_THEME } from '../../src/render/theme.ts';
import { gaitOf, preset } from './fixtures.ts';
import { expectGolden } from './golden.ts';

function stanceScene(input: StanceInput, view: 'body' | 'hip') {
  const r = solveStance(input);
  const f = stanceFigure(r);
  return figureScene(f.pose, {
    title: 'test',
    description: 'test',
    bodyWeightN: r.bodyWeightN,
    overlays: f.overlays,
    view,
  });
}

describe('golden figures', () => {
  const cases: [string, StanceInput][] = [
    ['normal', DEFAULT_STANCE],
    ['palsy', preset('sgn-palsy-complete')],
    ['palsy-trunk-lean', preset('sgn-palsy-complete', { compensation: 'trunk-lean' })],
    [
      'partial-auto-cane',
      preset('sgn-palsy-partial', { compensation: 'auto', caneFractionBW: 0.1 }),
    ],
    ['coxa-valga-left', preset('coxa-valga', { stanceSide: 'left', loadKg: 8 })],
  ];
  for (const [name, input] of cases)
    for (const view of ['body', 'hip'] as const)
      it(`${name} (${view}) matches tests/golden/figure-${name}-${view}.svg`, () =>
        expectGolden(`figure-${name}-${view}`, stanceScene(input, view)));

  it('gait at 30 % with a right palsy matches its golden file', () => {
    const g = gaitOf(preset('sgn-palsy-complete'));
    const pose = gaitFigure(g, sampleGait(g, 0.3));
    expectGolden(
      'figure-gait-palsy-30',
      figureScene(pose, { title: 'gait', description: 'gait', bodyWeightN: g.bodyWeightN }),
    );
  });
});

describe('the figure scene', () => {
  it('has a title and a description in words', () => {
    const svg = serialize(
      figureScene(stanceFigure(solveStance(DEFAULT_STANCE)).pose, {
        title: 'Standing on the right leg',
        description: 'The pelvis is level.',
        bodyWeightN: 716,
      }),
    );
    expect(svg).toContain('<title id="figure-title">Standing on the right leg</title>');
    expect(svg).toContain('<desc id="figure-desc">The pelvis is level.</desc>');
  });

  it('marks paralysed muscles in words and with a dashed outline, not by colour alone', () => {
    const r = solveStance(preset('sgn-palsy-complete'));
    const svg = serialize(
      figureScene(stanceFigure(r).pose, { title: '', description: '', bodyWeightN: r.bodyWeightN }),
    );
    const paralysed = svg.match(/class="muscle [^"]*paralysed"/g) ?? [];
    expect(paralysed).toHaveLength(7);
    expect(svg).toContain('paralysed (0 % strength)');
    // The outline beneath the fills is dashed where a part is paralysed.
    expect(svg).toMatch(
      /<path d="[^"]*" transform="[^"]*" stroke="#5a5a5a" stroke-dasharray="4 3"\/>/,
    );
  });

  // On the dark projector "Left" is light ink and can sit on the light shoulder blade of a small
  // close-up: it wears a halo of the ground there, and only there (the light themes' ink is dark).
  it("halos the close-up's corner words on the dark projector", () => {
    const r = solveStance(preset('sgn-palsy-complete'));
    const f = stanceFigure(r);
    const o = { title: '', description: '', bodyWeightN: r.bodyWeightN, overlays: f.overlays };
    const corner = (theme?: typeof PROJECTOR_DARK_THEME) =>
      serialize(figureScene(f.pose, { ...o, view: 'hip', ...(theme ? { theme } : {}) })).match(
        /<text [^>]*class="panel-text"[^>]*>Left<\/text>/,
      )?.[0];
    expect(corner(PROJECTOR_DARK_THEME)).toContain(`stroke="${PROJECTOR_DARK_THEME.background}"`);
    expect(corner(PROJECTOR_DARK_THEME)).toContain('paint-order="stroke"');
    expect(corner()).toBeDefined();
    expect(corner()).not.toContain('stroke=');
    expect(corner(PROJECTOR_THEME)).not.toContain('stroke=');
  });

  it('names each muscle on hover and focus, and in lecture mode on the close-up', () => {
    const r = solveStance(DEFAULT_STANCE);
    const f = stanceFigure(r);
    const o = { title: '', description: '', bodyWeightN: r.bodyWeightN, overlays: f.overlays };
    const svg = serialize(figureScene(f.pose, { ...o, view: 'hip' }));
    expect(svg.includes('<title>Right Gluteus medius (anterior)</title>')).toBe(true);
    expect(svg.includes('>Gluteus medius</text>')).toBe(false);
    const lecture = serialize(
      figureScene(f.pose, { ...o, view: 'hip', muscleNames: true, widthPx: 1400, heightPx: 900 }),
    );
    for (const name of ['Gluteus medius', 'Gluteus minimus', 'Tensor fasciae latae'])
      expect(lecture.includes(`>${name}</text>`), name).toBe(true);
  });

  it('keys the close-up: the one body the forces act on, each symbol, the scale and the activation colours', () => {
    const r = solveStance(preset('sgn-palsy-complete'));
    const f = stanceFigure(r);
    const svg = serialize(
      figureScene(f.pose, {
        title: '',
        description: '',
        bodyWeightN: r.bodyWeightN,
        overlays: f.overlays,
        view: 'hip',
        widthPx: 1200,
        heightPx: 800,
      }),
    );
    const has = (text: string) => expect(svg.includes(text), text).toBe(true);
    has('>Forces on the pelvis');
    for (const symbol of ['W', 'Fab', 'T', 'R']) has(`class="panel-text">${symbol}</text>`);
    has('Arrow scale: this long is 1.00 × BW');
    has('Colour bar: muscle activation from 0 to 100 %');
    has('>Moments about the hip</text>');
    // Each force on the figure itself is named with its value.
    for (const label of ['W 0.80 × BW', 'Fab 1.45 × BW', 'R 3.63 × BW']) has(`>${label}</text>`);
  });

  it('draws the pelvic tilt large in the whole-body view: the crest line past the crests, a level line and the angle', () => {
    const r = solveStance(preset('sgn-palsy-complete'));
    const svg = serialize(
      figureScene(stanceFigure(r).pose, { title: '', description: '', bodyWeightN: r.bodyWeightN }),
    );
    for (const text of [
      'aria-label="Line through the iliac crests"',
      'aria-label="Level line"',
      'aria-label="Pelvic tilt 11.2 degrees"',
      '>11.2°</text>',
    ])
      expect(svg.includes(text), text).toBe(true);
  });

  it('draws thicker lines and larger type in the projector profile', () => {
    const pose = stanceFigure(solveStance(DEFAULT_STANCE)).pose;
    const screen = serialize(figureScene(pose, { title: '', description: '', bodyWeightN: 716 }));
    const projector = serialize(
      figureScene(pose, { title: '', description: '', bodyWeightN: 716, theme: PROJECTOR_THEME }),
    );
    const size = (s: string) => Number(/<text [^>]*font-size="([\d.]+)"/.exec(s)?.[1]);
    expect(size(projector)).toBeGreaterThan(size(screen));
  });
});
