import { describe, expect, it } from 'vitest';
import {
  clampZoom,
  MAX_ZOOM,
  NO_ZOOM,
  panBy,
  pinch,
  PointerGesture,
  zoomAbout,
  type PointPx,
  type ZoomTransform,
} from '../../src/lib/zoom.ts';

const box = { w: 400, h: 600 };
/** Where the unzoomed figure's point p is drawn under t. */
const drawn = (t: ZoomTransform, p: PointPx) => ({ x: p.x * t.k + t.x, y: p.y * t.k + t.y });

describe('zooming a figure', () => {
  it('keeps the point zoomed about where it was, to 1e-9 px', () => {
    const at = { x: 120, y: 450 };
    const t = zoomAbout(NO_ZOOM, 2, at, box);
    expect(t.k).toBe(2);
    const under = { x: (at.x - t.x) / t.k, y: (at.y - t.y) / t.k };
    expect(drawn(t, under).x).toBeCloseTo(at.x, 9);
    expect(drawn(t, under).y).toBeCloseTo(at.y, 9);
    expect(under.x).toBeCloseTo(at.x, 9);
  });

  it('never shrinks below the box, grows past the limit or shows a gap at an edge', () => {
    expect(zoomAbout(NO_ZOOM, 0.5, { x: 10, y: 10 }, box)).toEqual(NO_ZOOM);
    expect(zoomAbout(NO_ZOOM, 100, { x: 10, y: 10 }, box).k).toBe(MAX_ZOOM);
    const t = zoomAbout(NO_ZOOM, 2, { x: 200, y: 300 }, box);
    expect(panBy(t, 1000, 1000, box)).toEqual({ k: 2, x: 0, y: 0 });
    expect(panBy(t, -1000, -1000, box)).toEqual({ k: 2, x: -400, y: -600 });
    expect(clampZoom({ k: 1, x: 30, y: -5 }, box)).toEqual(NO_ZOOM);
  });

  it('scales with the spread of two fingers and follows their midpoint', () => {
    const t = pinch(
      NO_ZOOM,
      [
        { x: 150, y: 300 },
        { x: 250, y: 300 },
      ],
      [
        { x: 100, y: 300 },
        { x: 300, y: 300 },
      ],
      box,
    );
    expect(t.k).toBeCloseTo(2, 9);
    expect(drawn(t, { x: 200, y: 300 }).x).toBeCloseTo(200, 9);
  });
});

describe('the pointers on a figure', () => {
  it('leave one finger on an unzoomed figure to the page, and a short move as a tap', () => {
    const g = new PointerGesture();
    g.down(1, { x: 100, y: 100 });
    expect(g.move(1, { x: 100, y: 160 }, NO_ZOOM, box)).toBeUndefined();
    const zoomed = { k: 2, x: -100, y: -100 };
    g.down(2, { x: 50, y: 50 });
    g.up(1);
    g.up(2);
    g.down(3, { x: 100, y: 100 });
    expect(g.move(3, { x: 103, y: 102 }, zoomed, box)).toBeUndefined();
    expect(g.dragged).toBe(false);
    expect(g.move(3, { x: 130, y: 100 }, zoomed, box)).toEqual({ k: 2, x: -73, y: -102 });
    expect(g.dragged).toBe(true);
  });

  it('pinch with two fingers, and ignore a pointer that did not go down on the figure', () => {
    const g = new PointerGesture();
    expect(g.move(9, { x: 1, y: 1 }, NO_ZOOM, box)).toBeUndefined();
    g.down(1, { x: 150, y: 300 });
    g.down(2, { x: 250, y: 300 });
    const t = g.move(2, { x: 350, y: 300 }, NO_ZOOM, box);
    expect(t?.k).toBeCloseTo(2, 9);
    expect(g.dragged).toBe(true);
  });
});
