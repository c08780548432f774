import { describe, expect, it } from 'vitest';
import { applyPreset, CAPS, DEFAULT_STANCE } from '../../sim/index.ts';
import {
  DEFAULT_SCENARIO,
  DEFAULT_VIEW,
  fieldReason,
  fromQuery,
  scenarioProblem,
  toQuery,
} from '../../src/lib/scenario.ts';

describe('the URL state', () => {
  it('round-trips a scenario and view', () => {
    const scenario = {
      stance: {
        ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-partial')!,
        bodyMassKg: 82.5,
        compensation: 'auto' as const,
        caneFractionBW: 0.15,
      },
      affectedSide: 'left' as const,
      presetId: undefined,
    };
    const view = {
      ...DEFAULT_VIEW,
      mode: 'gait' as const,
      cyclePct: 42,
      units: 'N' as const,
      compare: 'ghost' as const,
      forces: false,
    };
    const back = fromQuery(toQuery(scenario, view));
    expect(back.notes).toEqual([]);
    expect(back.scenario.stance).toEqual({ ...scenario.stance });
    expect(back.scenario.affectedSide).toBe('left');
    expect(back.view).toEqual(view);
  });

  it('gives the default for an empty query', () => {
    const r = fromQuery('');
    expect(r.scenario).toEqual(DEFAULT_SCENARIO);
    expect(r.view).toEqual(DEFAULT_VIEW);
  });

  it('replaces invalid values by defaults and says so', () => {
    const r = fromQuery('?gmed=abc&mass=9000&preset=flu&mode=dance&t=300&side=middle&wings=2');
    expect(r.scenario.stance.strength.gmed).toBe(1);
    expect(r.scenario.stance.bodyMassKg).toBe(73);
    expect(r.view.mode).toBe('stance');
    expect(r.notes).toHaveLength(7);
    expect(r.notes.join(' ')).toContain('Gluteus medius strength');
  });

  // Issue 11, defect 8: body settings took the last of a duplicated key, view settings the first.
  it('reads a key given twice the same way for every setting, the first, with a note', () => {
    const r = fromQuery('?mass=80&mass=90&mode=gait&mode=stance&side=left&side=right');
    expect(r.scenario.stance.bodyMassKg).toBe(80);
    expect(r.view.mode).toBe('gait');
    expect(r.scenario.affectedSide).toBe('left');
    expect(r.notes).toEqual([
      '"mass" is given twice in the link: using the first ("80").',
      '"mode" is given twice in the link: using the first ("gait").',
      '"side" is given twice in the link: using the first ("left").',
    ]);
  });

  it(`gives at most ${CAPS.linkNotes} notes however bad the link, each once`, () => {
    const junk = Array.from({ length: 50 }, (_, i) => `junk${i}=1`).join('&');
    const r = fromQuery(`?hide=foo,foo&${junk}`);
    expect(r.notes).toHaveLength(CAPS.linkNotes);
    expect(new Set(r.notes).size).toBe(r.notes.length);
    expect(fromQuery('?hide=foo,foo').notes).toEqual(['Cannot hide "foo": ignored.']);
    expect(r.notes.at(-1)).toBe('… and 40 more notes about the link.');
  });

  it('pins normal, with a note, when the link pins a scenario it does not hold', () => {
    const r = fromQuery('?compare=ghost&pin=pinned');
    expect(r.view.pin).toBe('normal');
    expect(r.notes).toEqual([
      'Pinned "pinned" needs a pinned scenario, and the link holds none — pinning normal.',
    ]);
    const long = fromQuery(`?compare=ghost&pin=pinned&pinned=${'x'.repeat(5000)}`);
    expect(long.view.pin).toBe('normal');
    expect(long.notes).toHaveLength(1);
    expect(long.notes[0]).toContain('The pinned scenario in the link is longer than');
    const held = fromQuery(`?compare=ghost&pin=pinned&pinned=${encodeURIComponent('gmed=0.2')}`);
    expect(held.view.pin).toBe('pinned');
    expect(held.notes).toEqual([]);
  });

  it(`reads only the first ${CAPS.queryChars} characters of a link, and says so`, () => {
    const r = fromQuery(`?gmed=40&pad=${'x'.repeat(20_000)}`);
    expect(r.scenario.stance.strength.gmed).toBeCloseTo(0.4, 12);
    expect(r.notes[0]).toContain(`only its first ${CAPS.queryChars} were read`);
  });
});

describe('the one door for the scenario', () => {
  it('lets through what reads back and keeps the rules, and names what does not', () => {
    expect(scenarioProblem(DEFAULT_SCENARIO)).toBeUndefined();
    const thin = { ...DEFAULT_SCENARIO, stance: { ...DEFAULT_STANCE, bodyMassKg: 30 } };
    expect(scenarioProblem(thin)).toBe(
      'body mass 30 kg with height 1.76 m: body-mass index 9.68492 kg/m² is outside 10-80',
    );
    const hands = {
      ...DEFAULT_SCENARIO,
      stance: {
        ...DEFAULT_STANCE,
        caneFractionBW: 0.1,
        loadKg: 5,
        loadHand: 'contralateral' as const,
      },
    };
    expect(scenarioProblem(hands)).toContain('one hand cannot hold a cane and carry a load');
    const nan = { ...DEFAULT_SCENARIO, stance: { ...DEFAULT_STANCE, heightM: Number.NaN } };
    expect(scenarioProblem(nan)).toContain('height');
  });
});

describe('a field’s reason in the app', () => {
  it('drops the command line’s context and says the typed text once, with an example of its kind', () => {
    const notes = fromQuery('?mass=abc&height=tall').notes.join(' ');
    expect(notes).toContain('Body mass: "abc" is not a number with a unit (e.g. "70 kg")');
    expect(notes).toContain('Height: "tall" is not a number with a unit (e.g. "1.76 m")');
    expect(notes).not.toContain('"abc": "abc"');
    expect(fieldReason('--mass "-5": must be between 30 and 200 kg (read as -5 kg)')).toBe(
      'must be between 30 and 200 kg (read as -5 kg)',
    );
  });
});
