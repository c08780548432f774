/**
 * Fuzz tests of the URL state (src/lib/scenario.ts): any query, however broken, reads as a valid
 * scenario and view with short notes; a valid scenario and view survive `toQuery` → `fromQuery`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  checkCombination,
  DEFAULT_GAIT,
  FIELDS,
  LIMITS,
  presetIds,
  STANCE_FIELDS,
  type Field,
  type FieldValues,
  TINY,
  type StanceInput,
} from '../../sim/index.ts';
import {
  DEFAULT_VIEW,
  DETAILS,
  fromQuery,
  SPEEDS,
  toQuery,
  type Scenario,
  type ViewState,
} from '../../src/lib/scenario.ts';
import { PINS, VIEW_FIELDS } from '../../src/lib/viewFields.ts';
import { hostileText, junkName, optionText, outOfRange, presetText } from './arbitraries.ts';

const VIEW_KEYS = [...VIEW_FIELDS.map((f) => f.key), 'side'];

/** A value a view key may hold, or something it should refuse. */
const viewValue = fc.oneof(
  fc.constantFrom(
    'stance',
    'gait',
    '0',
    '100',
    '-1',
    '30.5',
    '1e309',
    '0x32',
    ' ',
    '0.25',
    '0.5',
    '1',
    '2',
    'N',
    'BW',
    'off',
    'ghost',
    'side-by-side',
    'forces,muscles',
    'forces,,wings',
    'none',
    'normal',
    'left',
    'right',
    'both',
    '101',
    '1.5',
    '3',
    ...DETAILS,
  ),
  hostileText,
);

const pair: fc.Arbitrary<[string, string]> = fc.oneof(
  {
    arbitrary: fc.oneof(
      ...FIELDS.map((f) => optionText(f).map((t): [string, string] => [f.key, t])),
    ),
    weight: 8,
  },
  { arbitrary: presetText.map((t): [string, string] => ['preset', t]), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom(...VIEW_KEYS), viewValue), weight: 6 },
  { arbitrary: fc.tuple(junkName, hostileText), weight: 1 },
  {
    arbitrary: fc.constantFrom<[string, string]>(
      ['__proto__', '1'],
      ['constructor', 'x'],
      ['gmed', '1e309'],
      ['t', '-1'],
      ['speed', '0'],
      ['mass', '9000'],
      ['hasOwnProperty', 'x'],
    ),
    weight: 1,
  },
);

/** Percent-encoding that does not decode, and other syntax a URL parser may choke on. */
const garbage = fc.constantFrom(
  '%E0%A4%A',
  '%',
  '%%',
  '%G0',
  '%FF%FE',
  '%C0%80',
  '%ED%A0%80',
  '%00',
  '&&',
  '==',
  '=',
  '+',
  '#',
  '?',
  ';',
  '&=&',
  '%3D%26',
);

/** A query as a link could hold it: encoded pairs, raw pairs, garbage, or several of these. */
const query: fc.Arbitrary<string> = fc
  .oneof(
    {
      arbitrary: fc.array(pair, { maxLength: 12 }).map((ps) => new URLSearchParams(ps).toString()),
      weight: 6,
    },
    {
      arbitrary: fc
        .array(
          fc.oneof(
            pair.map(([k, v]) => `${k}=${v}`),
            garbage,
          ),
          { maxLength: 12 },
        )
        .map((parts) => parts.join('&')),
      weight: 3,
    },
    { arbitrary: fc.string({ maxLength: 60 }), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 60 }), weight: 1 },
    { arbitrary: fc.webQueryParameters(), weight: 1 },
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom('gmed=', 'x=', 'preset=', 'mass=', '', 't=', 'a=1&'),
          fc.constantFrom('7', '%E0%A4%A', 'x', '&gmed=1', '%41'),
          fc.integer({ min: 10_000, max: 51_200 }),
        )
        .map(([head, unit, n]) => head + unit.repeat(Math.ceil(n / unit.length))),
      weight: 1,
    },
  )
  .chain((q) => fc.constantFrom(q, `?${q}`));

function checkView(v: ViewState): void {
  expect(['stance', 'gait']).toContain(v.mode);
  expect(Number.isFinite(v.cyclePct)).toBe(true);
  expect(v.cyclePct).toBeGreaterThanOrEqual(0);
  expect(v.cyclePct).toBeLessThanOrEqual(100);
  expect(SPEEDS as readonly number[]).toContain(v.speed);
  expect(['N', 'BW']).toContain(v.units);
  expect(['off', 'ghost', 'side-by-side']).toContain(v.compare);
  expect(DETAILS).toContain(v.detail);
  expect(PINS).toContain(v.pin);
  expect(['dark', 'light']).toContain(v.projector);
  expect(['none', 'strength']).toContain(v.controls);
  expect(Number.isInteger(v.step)).toBe(true);
  expect(v.step).toBeGreaterThanOrEqual(0);
  // Every field the view has by default, and of the same type (booleans stay booleans).
  expect(Object.keys(v).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
  for (const [k, d] of Object.entries(DEFAULT_VIEW))
    if (k !== 'pinned')
      expect(typeof (v as unknown as Record<string, unknown>)[k], k).toBe(typeof d);
  expect(v.pinned === undefined || typeof v.pinned === 'string').toBe(true);
}

describe('the URL state under fuzzing', () => {
  it('reads any query without throwing, as a valid scenario and view', () => {
    fc.assert(
      fc.property(query, (q) => {
        const r = fromQuery(q);
        const { stance, affectedSide, presetId } = r.scenario;
        expect(checkCombination(stance)).toBeUndefined();
        expect(outOfRange(stance)).toEqual([]);
        expect(['left', 'right', 'both']).toContain(affectedSide);
        if (presetId !== undefined) expect(presetIds()).toContain(presetId);
        checkView(r.view);
        expect(Array.isArray(r.notes)).toBe(true);
        for (const n of r.notes) expect(typeof n).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  // BUG: a long value for a number setting (gmed, gmin, tfl, neck-shaft, cane) gives a note as
  // long as the value: the note takes applyField's reason, in which parseNumber quotes the whole
  // text (e.g. "?gmed=" followed by 1000 "x" gives a note of 1108 characters).
  it('leaves notes under 300 characters each, whatever the query', () => {
    fc.assert(
      fc.property(query, (q) => {
        for (const n of fromQuery(q).notes) expect(n.length, n.slice(0, 120)).toBeLessThan(300);
      }),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Round trip

const other = (h: StanceInput['caneHand']): StanceInput['caneHand'] =>
  h === 'contralateral' ? 'ipsilateral' : 'contralateral';

/** Fields the rules tie to others: drawn below from a body-mass index and a load fraction. */
const TIED = ['mass', 'load', 'load-hand'];

/** Any value within a field's limits (now and then its least, e.g. no cane). */
const anyValue = (f: Field): fc.Arbitrary<(v: FieldValues) => FieldValues> =>
  f.kind === 'choice'
    ? fc.constantFrom(...f.values).map((w) => (v: FieldValues) => f.set(v, w))
    : fc
        .oneof(fc.constant(f.min), fc.double({ min: f.min, max: f.max, noNaN: true }))
        .map((d) => (v: FieldValues) => f.set(v, f.fromDisplay(d)));

/**
 * A valid stance as the app can hold it: every field the URL writes within its limits, BMI 14-45,
 * a load under half the mass, cane and load in different hands.
 */
const validStance: fc.Arbitrary<StanceInput> = fc
  .record({
    values: fc.tuple(
      ...STANCE_FIELDS.filter((f) => f.written && !TIED.includes(f.key)).map(anyValue),
    ),
    bmi: fc.double({ min: 14, max: 45, noNaN: true }),
    // Up to just under half the mass: a load of exactly half is the separate test below.
    loadFraction: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.999, noNaN: true })),
  })
  .map((r) => {
    const s = r.values.reduce<FieldValues>((v, set) => set(v), DEFAULT_GAIT).stance;
    const bodyMassKg = r.bmi * s.heightM ** 2;
    const maxLoad = Math.min(
      LIMITS.bodyMassKg.max * LIMITS.loadFractionOfMass.max,
      LIMITS.loadFractionOfMass.max * bodyMassKg,
    );
    return { ...s, bodyMassKg, loadKg: r.loadFraction * maxLoad, loadHand: other(s.caneHand) };
  })
  .filter((s) => s.bodyMassKg >= LIMITS.bodyMassKg.min && s.bodyMassKg <= LIMITS.bodyMassKg.max);

/**
 * A scenario the app can reach: a hand-made stance (no preset), or a preset chosen on top of
 * one (which sets the strengths and the neck-shaft angle). The stance side is the app's default:
 * the app derives it from the affected side, and the URL does not hold it.
 */
const validScenario: fc.Arbitrary<Scenario> = fc
  .tuple(
    validStance,
    fc.constantFrom('left', 'right', 'both') as fc.Arbitrary<Scenario['affectedSide']>,
    fc.option(fc.constantFrom(...presetIds()), { nil: undefined }),
  )
  .map(([stance, affectedSide, presetId]) => ({
    stance: presetId === undefined ? stance : applyPreset(stance, presetId)!,
    affectedSide,
    presetId,
  }));

/**
 * A view the app can hold. The URL keeps the gait position to 0.1 % and only in gait mode, and
 * the lecture step only in lecture mode; a pinned scenario is compared with only when there is
 * one (pinning sets both; a link with `pin=pinned` alone is read with a note).
 */
const validView: fc.Arbitrary<ViewState> = fc
  .record({
    mode: fc.constantFrom('stance', 'gait') as fc.Arbitrary<ViewState['mode']>,
    tenths: fc.integer({ min: 0, max: 1000 }),
    speed: fc.constantFrom(...SPEEDS),
    units: fc.constantFrom('N', 'BW') as fc.Arbitrary<ViewState['units']>,
    compare: fc.constantFrom('off', 'ghost', 'side-by-side') as fc.Arbitrary<ViewState['compare']>,
    forces: fc.boolean(),
    momentArms: fc.boolean(),
    dropAngle: fc.boolean(),
    muscles: fc.boolean(),
    detail: fc.constantFrom(...DETAILS),
    pin: fc.constantFrom(...PINS),
    pinned: fc.option(fc.string({ minLength: 1, maxLength: 80 }), { nil: undefined }),
    lecture: fc.boolean(),
    step: fc.integer({ min: 0, max: 99 }),
    projector: fc.constantFrom('dark', 'light') as fc.Arbitrary<ViewState['projector']>,
    embed: fc.boolean(),
    controls: fc.constantFrom('none', 'strength') as fc.Arbitrary<ViewState['controls']>,
  })
  .map(({ tenths, ...v }) => ({
    ...DEFAULT_VIEW,
    ...v,
    cyclePct: v.mode === 'gait' ? tenths / 10 : DEFAULT_VIEW.cyclePct,
    step: v.lecture ? v.step : DEFAULT_VIEW.step,
    pin: v.pin === 'pinned' && v.pinned === undefined ? 'normal' : v.pin,
  }));

/**
 * Paths where two values differ: numbers by more than 1e-5 relative (or than TINY, under which a
 * value is written as 0), anything else at all.
 */
function differences(a: unknown, b: unknown, path = '$'): string[] {
  if (typeof a === 'number' && typeof b === 'number') {
    const tol = 1e-5 * Math.max(Math.abs(a), Math.abs(b)) + TINY;
    return Math.abs(a - b) <= tol ? [] : [`${path}: ${a} → ${b}`];
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      differences(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${path}.${k}`,
      ),
    );
  }
  return Object.is(a, b) ? [] : [`${path}: ${String(a)} → ${String(b)}`];
}

describe('the URL round trip under fuzzing', () => {
  it('reads back a valid scenario and view from their query, without notes', () => {
    fc.assert(
      fc.property(validScenario, validView, (scenario, view) => {
        const q = toQuery(scenario, view);
        const back = fromQuery(q);
        expect(back.notes, q).toEqual([]);
        expect(differences(scenario.stance, back.scenario.stance), q).toEqual([]);
        expect(back.scenario.affectedSide).toBe(scenario.affectedSide);
        if (scenario.presetId !== undefined) expect(back.scenario.presetId).toBe(scenario.presetId);
        expect(differences(view, back.view), q).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  // BUG: the URL writes mass and load to 6 significant digits each, so a load of exactly half
  // the mass can round up while the mass rounds down (or stays): e.g. mass 34.2045 kg, load
  // 17.10225 kg is written "mass=34.2045&load=17.1023", and fromQuery refuses the body ("load
  // 17.1023 kg: must be at most half the body mass (17.1023 kg)") and resets mass, height, cane
  // and load to the defaults.
  it('reads back a body whose load is exactly half its mass', () => {
    fc.assert(
      fc.property(validScenario, validView, (scenario, view) => {
        const stance = { ...scenario.stance, loadKg: scenario.stance.bodyMassKg / 2 };
        const q = toQuery({ ...scenario, stance }, view);
        const back = fromQuery(q);
        expect(back.notes, q).toEqual([]);
        expect(differences(stance, back.scenario.stance), q).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  // BUG: a hand-made scenario (presetId undefined, e.g. gmed 40 %) writes no preset to the URL,
  // and fromQuery then reports presetId "normal": the picker shows Normal, and its description,
  // for a scenario whose values are not Normal's.
  it('never reads back a preset whose values the scenario does not have', () => {
    fc.assert(
      fc.property(validScenario, validView, (scenario, view) => {
        const back = fromQuery(toQuery(scenario, view)).scenario;
        if (back.presetId === undefined) return;
        const fresh = applyPreset(back.stance, back.presetId)!;
        expect(differences(fresh, back.stance), `preset ${back.presetId}`).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
