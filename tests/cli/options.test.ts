import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../cli/args.ts';
import { COMMANDS, commandFor } from '../../cli/commands.ts';
import { choiceOption, gaitInput, numberOption, stanceInput } from '../../cli/options.ts';
import { FIELDS } from '../../sim/index.ts';

const args = (...words: string[]) => parseArgs(['gait', ...words]);
const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error('not refused');
};

describe('command-line options', () => {
  const SAMPLES = { name: 'samples', min: 2, max: 10, integer: true };

  it('read a number within its range, or the fallback when absent', () => {
    expect(numberOption(args('--samples', '7'), SAMPLES, 101)).toBe(7);
    expect(numberOption(args(), SAMPLES, 101)).toBe(101);
  });

  it.each([
    [['--samples', 'x'], '--samples "x": "x" is not a number'],
    [['--samples', '2.5'], '--samples "2.5": must be a whole number'],
    [['--samples', '11'], '--samples "11": must be between 2 and 10'],
  ])('refuse %j in one line naming the option', (words, why) => {
    expect(refusal(() => numberOption(args(...words), SAMPLES, 101))).toBe(why);
  });

  it('name the unit of a range when it has one', () => {
    const spec = { name: 'adduction', min: -45, max: 45, unit: 'degrees' };
    expect(refusal(() => numberOption(args('--adduction', '90'), spec, 0))).toBe(
      '--adduction "90": must be between -45 and 45 degrees',
    );
  });

  it('read a choice among words', () => {
    expect(choiceOption(args('--format', 'csv'), 'format', ['json', 'csv'], 'json')).toBe('csv');
    expect(
      refusal(() => choiceOption(args('--format', 'xml'), 'format', ['json', 'csv'], 'json')),
    ).toBe('--format "xml": must be one of json, csv');
  });

  it('read the stance settings and the affected side through the field table', () => {
    const g = gaitInput(args('--gmed', '40', '--affected-side', 'left', '--cadence', '90'));
    expect(g.stance.strength.gmed).toBeCloseTo(0.4, 12);
    expect(g.affectedSide).toBe('left');
    expect(g.cadenceStepsPerMin).toBe(90);
    expect(refusal(() => gaitInput(args('--stance-side', 'left')))).toContain(
      'use --affected-side',
    );
    expect(refusal(() => commandFor(parseArgs(['stance', '--affected-side', 'left'])))).toBe(
      '--affected-side has no meaning for stance (see --help)',
    );
    expect(stanceInput(parseArgs(['stance', '--piriformis'])).includePiriformis).toBe(true);
  });
});

describe('the commands’ options', () => {
  it('never share a name with a scenario setting, so each option means one thing', () => {
    const flags = new Set(['preset', ...FIELDS.map((f) => f.flag)]);
    for (const [name, c] of COMMANDS)
      for (const o of c.options) expect(flags.has(o), `${name} --${o}`).toBe(false);
  });

  it.each([
    [['stance', '--samples', '5'], '--samples has no meaning for stance (see --help)'],
    [['validate', '--gmed', '5'], '--gmed has no meaning for validate (see --help)'],
    [['validate', '--piriformis'], '--piriformis has no meaning for validate'],
    [['gait', '--n', '5'], '--n has no meaning for gait (see --help)'],
    [['gait', '--wings', '2'], 'unknown option --wings'],
    [['fly'], 'unknown command "fly"'],
  ])('refuse %j before the command runs', (words, why) => {
    expect(refusal(() => commandFor(parseArgs(words)))).toContain(why);
  });
});
