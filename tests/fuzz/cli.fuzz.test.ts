/**
 * Fuzz tests of the command line: random argv through the argument parser in process, and a
 * bounded number of real runs (`sim(...)`, 32 in all: 130-250 ms each here) with hostile option values for
 * `stance`, `gait` and `sweep`. A run either succeeds (exit 0, JSON or CSV on stdout, nothing on
 * stderr) or is refused (exit 2, one line on stderr, nothing on stdout); nothing else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../cli/args.ts';
import { presetIds, STANCE_FIELDS, SWEEP_PARAMS } from '../../sim/index.ts';
import { sim } from '../cli/run.ts';
import { hostileText, junkName, plausibleText, UNSAFE_CHARS } from './arbitraries.ts';

// ---------------------------------------------------------------------------------------------
// In process: the argument parser

const STANCE_NAMES = STANCE_FIELDS.map((f) => f.flag);
const OTHER_NAMES = [
  'preset',
  'affected-side',
  'cadence',
  'samples',
  'format',
  'param',
  'from',
  'to',
  'steps',
  'adduction',
  'out',
  'help',
  'piriformis',
];
const optionName = fc.oneof(
  { arbitrary: fc.constantFrom(...STANCE_NAMES, ...OTHER_NAMES), weight: 4 },
  { arbitrary: junkName, weight: 1 },
);

/** One word of a command line: an option in any spelling, a value, or a command. */
const word: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('--', '--', '--', '-', '', '---'),
        optionName,
        fc.option(hostileText, { nil: undefined }),
      )
      .map(([dashes, name, value]) =>
        value === undefined ? `${dashes}${name}` : `${dashes}${name}=${value}`,
      ),
    weight: 5,
  },
  { arbitrary: hostileText, weight: 3 },
  {
    arbitrary: fc.constantFrom(
      'stance',
      'gait',
      'sweep',
      'plot',
      'muscles',
      'help',
      '-h',
      '--',
      '--=',
      '--=x',
      '--help',
      '--help=1',
      '--piriformis',
      '--piriformis=yes',
      '-',
      '',
    ),
    weight: 2,
  },
  {
    arbitrary: fc
      .integer({ min: 1000, max: 100_000 })
      .map((n) => `--${'m'.repeat(n % 7 === 0 ? n : 4)}=${'9'.repeat(n)}`),
    weight: 1,
  },
);

const argv = fc.array(word, { maxLength: 14 });

describe('the argument parser under fuzzing', () => {
  it('returns or throws a UsageError with a message, never any other error', () => {
    fc.assert(
      fc.property(argv, (words) => {
        let args;
        try {
          args = parseArgs(words);
        } catch (e) {
          expect(e).toBeInstanceOf(UsageError);
          expect((e as UsageError).message.trim().length).toBeGreaterThan(0);
          return;
        }
        expect(args.command === undefined || typeof args.command === 'string').toBe(true);
        for (const [name, value] of args.options) {
          expect(name.length).toBeGreaterThan(0);
          expect(typeof value).toBe('string');
        }
        for (const flag of args.flags) expect(['help', 'piriformis']).toContain(flag);
        expect(args.extra.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back exactly the options it is given, in either spelling', () => {
    const name = fc
      .oneof(fc.constantFrom(...STANCE_NAMES, ...OTHER_NAMES), fc.string({ minLength: 1 }))
      .filter((n) => !n.includes('=') && n !== 'help' && n !== 'piriformis');
    const value = fc.oneof(hostileText, fc.constant('--'));
    fc.assert(
      fc.property(
        fc.constantFrom('stance', 'gait', 'sweep'),
        fc.uniqueArray(fc.tuple(name, value, fc.boolean()), {
          selector: ([n]) => n,
          maxLength: 10,
        }),
        fc.boolean(),
        (command, options, piriformis) => {
          const words: string[] = [command];
          for (const [n, v, eq] of options) {
            // A value that looks like an option can only be given with "=".
            if (eq || (v.startsWith('--') && v.length > 2)) words.push(`--${n}=${v}`);
            else words.push(`--${n}`, v);
          }
          if (piriformis) words.push('--piriformis');
          const args = parseArgs(words);
          expect(args.command).toBe(command);
          expect([...args.options]).toEqual(options.map(([n, v]) => [n, v]));
          expect([...args.flags]).toEqual(piriformis ? ['piriformis'] : []);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Real runs
//
// Each run is a valid-looking command line (plausible values, mostly in range) and, one time in
// two, one twist: a hostile value, an unknown or foreign option, a repeated option, a missing
// value. Runs are few, so each should reach either the model or one refusal.

/** One option on the command line: name, value (none for a flag), and `--name=value` or not. */
type Entry = readonly [name: string, value: string | undefined, eq: boolean];

const entry = (name: string, value: fc.Arbitrary<string>): fc.Arbitrary<Entry> =>
  fc.tuple(fc.constant(name), value, fc.boolean());

/** A process argument cannot hold a NUL byte (spawn refuses it): drop them. */
const spawnable = (s: string) => s.split('\u0000').join('');

function render(entries: readonly Entry[]): string[] {
  return entries.flatMap(([n, v, eq]) => {
    const name = spawnable(n);
    if (v === undefined) return [`--${name}`];
    const value = spawnable(v);
    return eq ? [`--${name}=${value}`] : [`--${name}`, value];
  });
}

/** Plausible stance options (`stance-side` only where the command takes it). */
const stanceEntries = (withSide: boolean): fc.Arbitrary<Entry>[] => [
  ...STANCE_FIELDS.filter((f) => withSide || f.flag !== 'stance-side').map((f) =>
    entry(f.flag, plausibleText(f)),
  ),
  entry('preset', fc.constantFrom(...presetIds())),
];

const gaitEntries = (formats: readonly string[]): fc.Arbitrary<Entry>[] => [
  entry('affected-side', fc.constantFrom('left', 'right', 'both')),
  entry(
    'cadence',
    fc.oneof(
      { arbitrary: fc.integer({ min: 40, max: 180 }).map(String), weight: 6 },
      { arbitrary: fc.constantFrom('40', '180', '39.9', '180.0001', '1e2'), weight: 1 },
    ),
  ),
  entry('format', fc.constantFrom(...formats)),
];

/** Options with distinct names, in random order. */
const distinct = (entries: fc.Arbitrary<Entry>[], maxLength: number) =>
  fc.uniqueArray(fc.oneof(...entries), { selector: (e) => e[0], maxLength });

type Twist = (entries: readonly Entry[]) => readonly Entry[];

const twist: fc.Arbitrary<Twist> = fc.oneof(
  { arbitrary: fc.constant<Twist>((es) => es), weight: 6 },
  {
    // A hostile value for one of the options.
    arbitrary: fc.tuple(fc.nat(), hostileText, fc.boolean()).map(
      ([i, v, eq]): Twist =>
        (es) =>
          es.map((e, j) => (j === i % es.length ? [e[0], v, eq] : e)),
    ),
    weight: 4,
  },
  {
    arbitrary: fc
      .tuple(junkName, hostileText, fc.boolean())
      .map(([n, v, eq]): Twist => (es) => [...es, [n, v, eq]]),
    weight: 1,
  },
  {
    // An option of another command, or the flag.
    arbitrary: fc
      .constantFrom<Entry>(
        ['adduction', '10', false],
        ['out', 'x.svg', true],
        ['stance-side', 'left', false],
        ['steps', '3', false],
        ['samples', '5', true],
        ['piriformis', undefined, false],
      )
      .map((extra): Twist => (es) => [...es, extra]),
    weight: 1,
  },
  { arbitrary: fc.constant<Twist>((es) => [...es, ...es.slice(0, 1)]), weight: 1 },
  {
    // The last option without its value.
    arbitrary: fc.constant<Twist>((es) =>
      es.length === 0 ? es : [...es.slice(0, -1), [es[es.length - 1]![0], undefined, false]],
    ),
    weight: 1,
  },
);

const stanceArgv = fc
  .tuple(distinct(stanceEntries(true), 6), twist)
  .map(([es, t]) => ['stance', ...render(t(es))]);

const gaitArgv = fc
  .tuple(
    distinct(
      [
        ...stanceEntries(false),
        ...gaitEntries(['json', 'csv']),
        entry(
          'samples',
          fc.oneof(
            { arbitrary: fc.integer({ min: 2, max: 60 }).map(String), weight: 6 },
            { arbitrary: fc.constantFrom('1', '2', '2001', '10002', '2.5', '1e1'), weight: 1 },
          ),
        ),
      ],
      6,
    ),
    twist,
  )
  .map(([es, t]) => ['gait', ...render(t(es))]);

const sweepArgv = fc
  .nat(SWEEP_PARAMS.length - 1)
  .chain((i) => {
    const p = SWEEP_PARAMS[i]!;
    const bound = fc.oneof(
      { arbitrary: fc.double({ min: p.min, max: p.max, noNaN: true }).map(String), weight: 4 },
      { arbitrary: fc.constantFrom(String(p.min), String(p.max)), weight: 1 },
    );
    const steps = fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 12 }).map(String), weight: 6 },
      { arbitrary: fc.constantFrom('0', '300', '1002', '2.5', '1e1'), weight: 1 },
    );
    return fc.tuple(
      fc.tuple(entry('param', fc.constant(p.name)), entry('from', bound), entry('to', bound)),
      entry('steps', steps),
      // Now and then one of param, from, to or steps is missing.
      fc.oneof({ arbitrary: fc.constant(-1), weight: 9 }, fc.nat(3)),
      distinct([...stanceEntries(false), ...gaitEntries(['csv', 'json'])], 3),
      twist,
    );
  })
  .map(([[param, from, to], steps, drop, more, t]) => {
    const required = [param, from, to, steps].filter((_, k) => k !== drop);
    return ['sweep', ...render(t([...required, ...more]))];
  });

/** The value given for an option, in either spelling (the last one wins, as far as it matters). */
function optionValue(words: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === `--${name}`) value = words[i + 1];
    else if (w.startsWith(`--${name}=`)) value = w.slice(name.length + 3);
  }
  return value;
}

/** Paths of every null in parsed JSON: a NaN or an infinity printed by JSON.stringify. */
function nulls(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => nulls(v, `${path}.${k}`));
}

/** A header and at least one row, every row as wide as the header, no empty or non-finite cell. */
function checkCsv(text: string, context: string): void {
  expect(text.endsWith('\n'), context).toBe(true);
  const [header, ...rows] = text.slice(0, -1).split('\n');
  const columns = header!.split(',');
  expect(columns.length, context).toBeGreaterThan(1);
  expect(rows.length, context).toBeGreaterThan(0);
  for (const row of rows) {
    const cells = row.split(',');
    expect(cells.length, `${context}\n${row}`).toBe(columns.length);
    for (const c of cells)
      expect(
        ['', 'NaN', 'Infinity', '-Infinity', 'undefined', 'null'],
        `${context}\n${row}`,
      ).not.toContain(c);
  }
}

/** The stdout buffer of sim() (spawnSync's default maxBuffer). */
const HARNESS_BUFFER = 1024 * 1024;

/** Runs the command line and checks the outcome is a clean success or a clean refusal. */
function runChecked(words: string[]): void {
  const r = sim(...words);
  // sim() reads stdout with spawnSync's default 1 MiB buffer and kills a run that prints more
  // (exit null): e.g. a valid `gait --samples 10001` prints 4.5 MB. Not the command line's fault.
  fc.pre(!(r.code === null && r.stdout.length >= HARNESS_BUFFER));
  const context = `sim ${JSON.stringify(words).slice(0, 400)}\nexit ${r.code}\nstderr: ${r.stderr.slice(0, 2000)}`;
  expect(r.stderr, context).not.toMatch(/\n\s+at /);
  expect([0, 2], context).toContain(r.code);
  if (r.code === 2) {
    expect(r.stdout, context).toBe('');
    expect(r.stderr, context).toMatch(/^sim: [^\n]+\n$/);
    expect(r.stderr.slice(0, -1), context).not.toMatch(UNSAFE_CHARS);
    return;
  }
  expect(r.stderr, context).toBe('');
  const command = words[0];
  const format = optionValue(words, 'format');
  const csv = command === 'sweep' ? format !== 'json' : format === 'csv';
  if (csv) checkCsv(r.stdout, context);
  else {
    let out: unknown;
    expect(() => (out = JSON.parse(r.stdout)), context).not.toThrow();
    expect(nulls(out), context).toEqual([]);
  }
}

/** Real runs are few and slow: stop at the first failure instead of shrinking by running more. */
const SPAWNED = { endOnFailure: true } as const;

describe('the command line under fuzzing (real runs)', () => {
  it('answers hostile stance options with JSON and exit 0, or one line and exit 2', () => {
    fc.assert(fc.property(stanceArgv, runChecked), { numRuns: 12, ...SPAWNED });
  }, 60_000);

  it('answers hostile gait options with JSON or CSV and exit 0, or one line and exit 2', () => {
    fc.assert(fc.property(gaitArgv, runChecked), { numRuns: 10, ...SPAWNED });
  }, 60_000);

  it('answers hostile sweep options with CSV or JSON and exit 0, or one line and exit 2', () => {
    fc.assert(fc.property(sweepArgv, runChecked), { numRuns: 10, ...SPAWNED });
  }, 60_000);
});
