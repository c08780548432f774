import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/lib/app.svelte.ts';
import { pinScenario } from '../../src/lib/compare.ts';
import * as figures from '../../src/lib/figures.ts';
import { serialize, type SvgNode } from '../../src/render/svg.ts';
import { PROJECTOR_DARK_THEME, PROJECTOR_THEME, SCREEN_THEME } from '../../src/render/theme.ts';

const title = (s: SvgNode) => s.children?.find((c) => c.tag === 'title')?.text;

describe('the app’s figures', () => {
  it('are drawn at their box’s size once the box is laid out', () => {
    expect(figures.boxSize({ w: 0, h: 0 })).toEqual({ heightPx: 760 });
    expect(figures.boxSize({ w: 40, h: 900 })).toEqual({ heightPx: 760 });
    expect(figures.boxSize({ w: 640, h: 900 })).toEqual({ widthPx: 640, heightPx: 900 });
  });

  it('grow their type and lines with the figure on a projector, from 1 to 3.5 times', () => {
    expect(figures.figureTheme(false, 2000)).toBe(SCREEN_THEME);
    expect(figures.figureTheme(true, 350).fontPx).toBeCloseTo(PROJECTOR_THEME.fontPx, 9);
    expect(figures.figureTheme(true, 880).fontPx).toBeCloseTo(PROJECTOR_THEME.fontPx * 2, 9);
    expect(figures.figureTheme(true, 880).lineScale).toBeCloseTo(PROJECTOR_THEME.lineScale * 2, 9);
    expect(figures.figureTheme(true, 9000).fontPx).toBeCloseTo(PROJECTOR_THEME.fontPx * 3.5, 9);
  });

  it('take the dark projector ground when asked, for the figures and the plots alike', () => {
    const dark = figures.figureTheme(true, 440, 'dark');
    expect(dark.name).toBe('projector-dark');
    expect(dark.background).toBe(PROJECTOR_DARK_THEME.background);
    expect(figures.figureTheme(false, 440, 'dark')).toBe(SCREEN_THEME);
  });

  it('show the layers the view asks for, and the ghost of normal only when compared so', () => {
    const app = new AppState();
    app.setView({ forces: false, muscles: false });
    const look = figures.figureLook(app, SCREEN_THEME);
    expect(look.show).toEqual({ forces: false, momentArms: true, dropAngle: true, muscles: false });
    expect(look.ghost).toBeUndefined();
    app.setView({ compare: 'ghost' });
    expect(figures.figureLook(app, SCREEN_THEME).ghost).toEqual(app.normalFig.pose);
    app.setView({ mode: 'gait' });
    expect(figures.figureLook(app, SCREEN_THEME).ghost).toEqual(app.normalGaitFig);
    expect(
      serialize(
        figures.bodyFigure(
          app,
          figures.figureLook(app, SCREEN_THEME),
          figures.boxSize({ w: 0, h: 0 }),
          'white',
        ),
      ),
    ).toContain('class="ghost"');
  });

  it('title the whole body, the close-up and the normal body side by side', () => {
    const app = new AppState();
    const look = figures.figureLook(app, SCREEN_THEME);
    const size = { heightPx: 500 };
    const body = figures.bodyFigure(app, look, size, 'white');
    expect(body.attrs?.class).toBe('figure figure-body');
    expect(title(body)).toBe(figures.figureWords(app).title);
    expect(title(body)).toContain('Single-leg stance');
    const hip = figures.secondFigure(app, look, size, 'transparent');
    expect(hip.attrs?.class).toBe('figure figure-hip');
    expect(title(hip)).toBe(`${figures.figureWords(app).title}: close-up of the hips`);
    expect(hip.children?.some((c) => c.tag === 'rect')).toBe(false);
    app.setView({ compare: 'side-by-side', mode: 'gait' });
    const normal = figures.secondFigure(app, figures.figureLook(app, SCREEN_THEME), size, 'white');
    expect(normal.attrs?.class).toBe('figure figure-body');
    expect(title(normal)).toBe('Normal, for comparison');
    expect(title(figures.bodyFigure(app, look, size, 'white'))).toBe('Walking, seen from behind');
    app.choosePreset('coxa-vara');
    app.view = pinScenario(app.view, app.scenario);
    app.choosePreset('normal');
    const pinned = figures.secondFigure(app, figures.figureLook(app, SCREEN_THEME), size, 'white');
    expect(title(pinned)).toBe('Coxa vara (pinned), for comparison');
    app.setView({ pin: 'none' });
    expect(figures.sideBySide(app.view)).toBe(false);
  });

  it('describe the instant drawn when exported or printed, the readouts’ instant on screen', () => {
    const app = new AppState();
    app.setView({ mode: 'gait', cyclePct: 10 });
    app.playing = true;
    // The walk moved on; the readouts (and the live figure's words) follow a few times a second.
    app.cyclePct = 30;
    const look = figures.figureLook(app, SCREEN_THEME);
    const desc = (s: SvgNode) => s.children?.find((c) => c.tag === 'desc')?.text;
    const size = { heightPx: 500 };
    expect(desc(figures.bodyFigure(app, look, size, 'white'))).toContain('10 % of the right leg');
    for (const exported of [
      figures.bodyFigure(app, look, size, 'white', true),
      figures.secondFigure(app, look, size, 'white', true),
    ])
      expect(desc(exported)).toContain('30 % of the right leg');
  });
});
