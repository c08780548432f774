import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, VIEW_FIELDS, type ViewState } from '../../src/lib/viewFields.ts';

const row = (key: string) => VIEW_FIELDS.find((f) => f.key === key)!;

describe('the view settings in the URL', () => {
  it('write nothing for the default view', () => {
    expect(VIEW_FIELDS.map((f) => f.write(DEFAULT_VIEW))).toEqual(VIEW_FIELDS.map(() => undefined));
  });

  it('write the gait position only in gait mode, and the step only in lecture mode', () => {
    const gait = { ...DEFAULT_VIEW, mode: 'gait' as const, cyclePct: 42.04, step: 2 };
    expect(row('t').write(gait)).toBe('42');
    expect(row('step').write(gait)).toBeUndefined();
    expect(row('step').write({ ...gait, lecture: true })).toBe('3');
    expect(row('hide').write({ ...gait, forces: false, muscles: false })).toBe('forces,muscles');
  });

  it('refuse each bad value with a note that quotes it, and keep the default', () => {
    const notes: string[] = [];
    let v = DEFAULT_VIEW;
    const bad =
      'mode=dance&t=300&speed=2&units=kN&compare=x&pin=x&lecture=yes&step=0&projector=dim' +
      `&embed=yes&controls=all&pinned=${'x'.repeat(2001)}&hide=forces,wings`;
    for (const [key, text] of new URLSearchParams(bad))
      v = row(key).read(v, text, (n) => notes.push(n));
    expect(v).toEqual({ ...DEFAULT_VIEW, forces: false });
    expect(notes).toEqual([
      'View "dance" is not stance or gait — using stance.',
      'Gait position "300" is not 0-100 % — using 30 %.',
      'Speed "2" is not one of 0.25, 0.5, 1 — using 1×.',
      'Units "kN" are not N or BW — using BW.',
      'Compare "x" is not off, ghost or side-by-side — using off.',
      'Pinned "x" is not none, normal or pinned — pinning normal.',
      'Lecture "yes" is not 1 or 0 — ignored.',
      'Step "0" is not a step number — starting at step 1.',
      'Projector "dim" is not dark or light — using dark.',
      'Embed "yes" is not 1 or 0 — ignored.',
      'Controls "all" are not none or strength — showing none.',
      'The pinned scenario in the link is longer than 2000 characters — ignored.',
      'Cannot hide "wings": ignored.',
    ]);
  });

  it('read what they write', () => {
    const v: ViewState = {
      ...DEFAULT_VIEW,
      mode: 'gait',
      cyclePct: 12.5,
      speed: 0.25,
      units: 'N',
      compare: 'side-by-side',
      detail: 'moment-arms',
      pin: 'pinned',
      pinned: 'preset=coxa-vara&mass=80',
      lecture: true,
      step: 4,
      projector: 'light',
      embed: true,
      controls: 'strength',
      dropAngle: false,
    };
    let back = DEFAULT_VIEW;
    for (const f of VIEW_FIELDS) {
      const text = f.write(v);
      if (text !== undefined) back = f.read(back, text, (n) => expect.fail(n));
    }
    expect(back).toEqual(v);
  });
});
