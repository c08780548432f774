import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  buildGait,
  MUSCLE_INFO,
  PRESETS,
  deg,
  DEFAULT_GAIT,
  DEFAULT_STANCE,
  emptyMuscleState,
  evaluateMuscle,
  momentsAlongDrop,
  normativeLimits,
  RAD_PER_DEG,
  runSweep,
  sampleCycle,
  gaitCycleSeries,
  normalBody,
  sampleGait,
  scaleMuscles,
  solveStance,
  SWEEP_PARAMS,
  strengthSweepSeries,
  sweepValues,
  type AffectedSide,
  type StanceInput,
} from '../../sim/index.ts';
import {
  buildGaitCycle,
  buildStrengthSweep,
  PLOT_BUILDERS,
  PLOT_NAMES,
  withOverlay,
  type PlotName,
} from '../../src/render/plots/index.ts';
import { oneDecimal, whole } from '../../src/render/plots/format.ts';
import { plotOfInputs, type LabelledInput } from '../../src/render/plots/fromInputs.ts';
import type { PlotOptions, PlotTable } from '../../src/render/plots/types.ts';
import { scenarioLabel } from '../../src/render/plots/labels.ts';
import { paperPx, paperTheme, PAPER_PRESETS, presetSize } from '../../src/render/export/paper.ts';
import { serialize, type SvgNode } from '../../src/render/svg.ts';
import { PROJECTOR_THEME, SCREEN_THEME } from '../../src/render/theme.ts';
import { expectGolden } from './golden.ts';

/** A scenario to plot: its label, stance and affected side. */
interface PlotScenario {
  readonly label: string;
  readonly stance: StanceInput;
  readonly affectedSide: AffectedSide;
}

/** Plot options with a pinned scenario and the gait plot's cursor. */
interface TestOptions extends PlotOptions {
  readonly pinned?: PlotScenario;
  readonly cursorPct?: number;
}

function labelled(s: PlotScenario): LabelledInput {
  return {
    label: s.label,
    input: { ...DEFAULT_GAIT, stance: s.stance, affectedSide: s.affectedSide },
  };
}

/** Plot `name` of a scenario: the queries, then the builder. */
function buildPlot(name: PlotName, s: PlotScenario, o: TestOptions) {
  const { pinned, cursorPct, ...options } = o;
  return plotOfInputs(name, labelled(s), options, pinned && labelled(pinned), cursorPct);
}

const NORMAL: PlotScenario = { label: 'Normal', stance: DEFAULT_STANCE, affectedSide: 'right' };
const PALSY: PlotScenario = {
  label: 'Complete palsy',
  stance: applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!,
  affectedSide: 'right',
};
const SIZE: TestOptions = { widthPx: 900, heightPx: 560 };
/** Numbers are copied from the model, so they agree to rounding error. */
const TOL = 1e-9;

/** Rows of `series` as records keyed by column name. */
function rows(table: PlotTable, series: string): Record<string, number | string>[] {
  const names = table.columns.map((c) => c.name);
  return table.rows
    .filter((r) => r[0] === series)
    .map((r) => Object.fromEntries(names.map((n, i) => [n, r[i] ?? ''])));
}

function num(v: number | string | undefined): number {
  if (typeof v !== 'number') throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
}

/** The population plot solves some 10,000 stances (about a second alone, more on a busy machine). */
const SLOW = { timeout: 60_000 };

describe('golden plots', SLOW, () => {
  for (const name of PLOT_NAMES)
    for (const [id, s] of [
      ['normal', NORMAL],
      ['palsy', PALSY],
    ] as const)
      it(`${name} (${id}) matches tests/golden/plot-${name}-${id}.svg`, () =>
        expectGolden(`plot-${name}-${id}`, buildPlot(name, s, SIZE).scene));
});

/** Every text a scene shows or reads out: titles, descriptions, text and labels. */
function texts(n: SvgNode): string[] {
  return [
    ...(n.text === undefined ? [] : [n.text]),
    ...(typeof n.attrs?.['aria-label'] === 'string' ? [n.attrs['aria-label']] : []),
    ...(n.children ?? []).flatMap(texts),
  ];
}

describe('plot words', () => {
  // Ids of more than one word (one-word ids such as "normal" are words too).
  const ids = [
    ...PRESETS.map((p) => p.id),
    ...MUSCLE_INFO.map((m) => m.id),
    ...solveStance(applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!).passiveForces.map(
      (f) => f.id,
    ),
  ].filter((id) => id.includes('-'));
  const journal = presetSize(PAPER_PRESETS[0]!, 8, 1);
  for (const name of PLOT_NAMES)
    it(
      `${name} says no internal id in any text, for every preset, on screen and in a journal column`,
      () => {
        for (const p of PRESETS) {
          const s: PlotScenario = {
            label: scenarioLabel(p.id),
            stance: applyPreset(DEFAULT_STANCE, p.id)!,
            affectedSide: 'right',
          };
          for (const o of [
            { ...SIZE, pinned: NORMAL },
            { ...paperPx(journal), theme: paperTheme(SCREEN_THEME, 8) },
          ]) {
            const words = texts(buildPlot(name, s, o).scene).join('\n');
            for (const id of ids) expect(words, `${p.id}: ${id}`).not.toContain(id);
            expect(words).toContain(p.name);
          }
        }
      },
      4 * SLOW.timeout,
    );

  it('names a scenario by its preset name, or "Current"', () => {
    expect(scenarioLabel('sgn-palsy-partial')).toBe('Superior gluteal nerve palsy (partial)');
    expect(scenarioLabel(undefined)).toBe('Current');
  });
});

describe('every plot', SLOW, () => {
  const variants: [string, PlotScenario, TestOptions][] = [
    ['normal', NORMAL, SIZE],
    ['palsy', PALSY, SIZE],
    [
      'palsy, pinned normal, projector, newtons',
      PALSY,
      { ...SIZE, pinned: NORMAL, theme: PROJECTOR_THEME, units: 'N', cursorPct: 30 },
    ],
    [
      'trunk lean, left side',
      {
        ...PALSY,
        label: 'Lean',
        affectedSide: 'left',
        stance: { ...PALSY.stance, compensation: 'trunk-lean' },
      },
      SIZE,
    ],
  ];
  for (const name of PLOT_NAMES)
    it(`${name} at the least size the command line takes (200 × 150 px) has no box of negative size`, () => {
      const svg = serialize(buildPlot(name, PALSY, { ...SIZE, widthPx: 200, heightPx: 150 }).scene);
      expect(svg).not.toMatch(/(width|height|r)="-/);
    });
  for (const name of PLOT_NAMES)
    for (const [what, s, o] of variants) {
      it(`${name} (${what}) has a table with units and finite numbers only`, () => {
        const { table } = buildPlot(name, s, o);
        expect(table.columns.length).toBeGreaterThan(1);
        for (const c of table.columns) {
          expect(typeof c.name).toBe('string');
          expect(typeof c.unit).toBe('string');
        }
        expect(table.columns[0]).toEqual({ name: 'series', unit: '' });
        expect(table.rows.length).toBeGreaterThan(50);
        for (const r of table.rows) {
          expect(r).toHaveLength(table.columns.length);
          for (const v of r) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
        }
        // every value column is used, and every numeric column has a unit
        table.columns.forEach((c, i) => {
          if (i === 0 || c.name === 'part') return;
          expect(c.unit, c.name).not.toBe('');
          expect(table.rows.some((r) => typeof r[i] === 'number')).toBe(true);
        });
      });

      it(`${name} (${what}) is a self-contained, labelled SVG`, () => {
        const svg = serialize(buildPlot(name, s, o).scene);
        expect(svg).toMatch(
          new RegExp(
            `^<svg xmlns="http://www.w3.org/2000/svg" width="900" height="560" viewBox="0 0 900 560"`,
          ),
        );
        expect(svg).toContain(`class="plot plot-${name}"`);
        expect(svg).toContain('font-family=');
        expect(svg).toMatch(
          new RegExp(`<title id="plot-${name}-title">[^<]*${s.label}[^<]*</title>`),
        );
        expect(svg).toMatch(/<desc id="[^"]+">[^<]{20,}\.<\/desc>/);
        expect(svg).toContain('<rect x="0" y="0" width="900" height="560" fill="#ffffff"/>');
        expect(svg).not.toContain('foreignObject');
        expect(svg).not.toMatch(/NaN|Infinity|undefined/);
      });
    }

  it('leaves the background out when asked for a transparent one', () => {
    for (const name of PLOT_NAMES) {
      const svg = serialize(buildPlot(name, NORMAL, { ...SIZE, background: 'transparent' }).scene);
      expect(svg).not.toContain('height="560" fill="#ffffff"');
    }
  });

  it('draws larger type and thicker lines in the projector profile', () => {
    const size = (s: string) =>
      Math.max(...[...s.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1])));
    const width = (s: string) =>
      Math.max(...[...s.matchAll(/<path [^>]*stroke-width="([\d.]+)"/g)].map((m) => Number(m[1])));
    for (const name of PLOT_NAMES) {
      const screen = serialize(buildPlot(name, PALSY, SIZE).scene);
      const projector = serialize(
        buildPlot(name, PALSY, { ...SIZE, theme: PROJECTOR_THEME }).scene,
      );
      expect(size(projector)).toBeGreaterThan(size(screen));
      expect(width(projector)).toBeGreaterThan(width(screen));
    }
  });

  it('draws the pinned scenario dashed in the ghost colour, with a legend entry and table rows', () => {
    const pinned = { ...NORMAL, label: 'Healthy (pinned)' };
    for (const name of PLOT_NAMES) {
      const { scene, table } = buildPlot(name, PALSY, { ...SIZE, pinned });
      const svg = serialize(scene);
      expect(svg, name).toMatch(
        new RegExp(`stroke="${SCREEN_THEME.ghost}"[^>]*stroke-dasharray="[\\d. ]+"`),
      );
      expect(svg, name).toMatch(/>Healthy \(pinned\)[^<]*<\/text>/);
      expect(table.rows.some((r) => String(r[0]).startsWith('Healthy (pinned)'))).toBe(true);
      const unpinned = serialize(buildPlot(name, PALSY, SIZE).scene);
      expect(unpinned).not.toContain(`stroke="${SCREEN_THEME.ghost}"`);
    }
  });

  it('finds every builder by name', () => {
    expect(Object.keys(PLOT_BUILDERS).sort()).toEqual([...PLOT_NAMES].sort());
  });
});

describe('the demand-capacity plot', () => {
  const input = (s: PlotScenario): StanceInput => ({ ...s.stance, stanceSide: 'right' });

  it('marks the solution of the solved stance: a level pelvis, or an equilibrium where demand meets capacity', () => {
    for (const [s, what] of [
      [NORMAL, 'level pelvis'],
      [PALSY, 'equilibrium'],
    ] as const) {
      const r = solveStance(input(s));
      const [eq] = rows(buildPlot('demand-capacity', s, SIZE).table, `${s.label}: ${what}`);
      expect(num(eq?.pelvicDrop)).toBeCloseTo(deg(r.pelvicDropRad), 9);
      expect(num(eq?.moment)).toBeCloseTo(r.abductorMomentRequiredNm, 9);
    }
    const [palsy] = rows(
      buildPlot('demand-capacity', PALSY, SIZE).table,
      'Complete palsy: equilibrium',
    );
    expect(num(palsy?.pelvicDrop)).toBeGreaterThan(5);
    expect(serialize(buildPlot('demand-capacity', NORMAL, SIZE).scene)).toContain('>level pelvis<');
  });

  it('draws demand and capacity exactly as momentsAlongDrop gives them, 0-25°', () => {
    const r = solveStance(input(PALSY));
    const along = momentsAlongDrop(input(PALSY), r.trunkLeanRad, 0, 25 * RAD_PER_DEG, 61);
    const { table } = buildPlot('demand-capacity', PALSY, SIZE);
    const demand = rows(table, 'Complete palsy: demand (required moment)');
    const capacity = rows(table, 'Complete palsy: capacity (active + passive)');
    const passive = rows(table, 'Complete palsy: passive (muscle, iliotibial tract, capsule)');
    expect(demand).toHaveLength(61);
    along.forEach((p, i) => {
      expect(num(demand[i]?.pelvicDrop)).toBeCloseTo(deg(p.dropRad), 9);
      expect(Math.abs(num(demand[i]?.moment) - p.demandNm)).toBeLessThan(TOL);
      expect(Math.abs(num(capacity[i]?.moment) - p.capacityNm)).toBeLessThan(TOL);
      expect(Math.abs(num(passive[i]?.moment) - (p.passiveMuscleNm + p.tissueNm))).toBeLessThan(
        TOL,
      );
    });
    // the passive tissue catches the pelvis: capacity meets demand where it settles
    const [at] = momentsAlongDrop(
      input(PALSY),
      r.trunkLeanRad,
      r.pelvicDropRad,
      r.pelvicDropRad,
      1,
    );
    expect(Math.abs(at!.capacityNm - at!.demandNm)).toBeLessThan(1e-6);
    expect(rows(table, 'Complete palsy: bony end stop')).toHaveLength(0);
  });

  it('says "end of range", not "equilibrium", where demand exceeds capacity, and what holds the rest', () => {
    const loaded: PlotScenario = {
      label: 'Palsy with a load',
      stance: { ...PALSY.stance, loadKg: 20 },
      affectedSide: 'right',
    };
    const r = solveStance(input(loaded));
    // the premise: the muscles and passive tissues fall short and the bony end stop takes the rest
    expect(r.abductorMomentRequiredNm - r.abductorMomentCapacityNm).toBeGreaterThan(10);
    expect(r.rangeLimitMomentNm).toBeGreaterThan(10);
    const plot = buildPlot('demand-capacity', loaded, SIZE);
    const svg = serialize(plot.scene);
    expect(svg).toContain(`>end of range ${oneDecimal(deg(r.pelvicDropRad))}°<`);
    expect(svg).not.toContain('>equilibrium');
    expect(svg).toContain('>bony end stop<');
    expect(svg).toContain(`>${whole(r.rangeLimitMomentNm)} N·m<`);
    expect(rows(plot.table, 'Palsy with a load: end of range')).toHaveLength(1);
    expect(rows(plot.table, 'Palsy with a load: equilibrium')).toHaveLength(0);
  });

  it('reads the end of the adduction range on a hip adduction axis along the top', () => {
    const plot = buildPlot('demand-capacity', PALSY, SIZE);
    const svg = serialize(plot.scene);
    expect(svg).toContain('>Hip adduction of the stance hip (°)<');
    expect(svg).toContain('>end of range<');
    // the line stands where the stance hip reaches 30° of adduction
    const [limit] = rows(plot.table, 'Complete palsy: hip adduction 30°: bony end of range');
    const r = solveStance(input(PALSY));
    const [at] = momentsAlongDrop(
      input(PALSY),
      r.trunkLeanRad,
      num(limit?.pelvicDrop) * RAD_PER_DEG,
      0,
      1,
    );
    expect(deg(at!.hipAdductionRad)).toBeCloseTo(30, 1);
  });

  it('tells its curves apart by dash pattern, not only by colour', () => {
    const svg = serialize(buildPlot('demand-capacity', NORMAL, SIZE).scene);
    const curves = [
      ...svg.matchAll(
        /<path d="[^"]+" fill="none" stroke="[^"]+" stroke-width="[\d.]+"( stroke-dasharray="([^"]+)")?/g,
      ),
    ];
    const dashes = new Set(curves.map((m) => m[2] ?? 'solid'));
    expect(dashes.size).toBe(4);
  });
});

describe('the gait-cycle plot', () => {
  const gait = buildGait({ ...DEFAULT_GAIT, stance: PALSY.stance, affectedSide: 'right' });
  const samples = sampleCycle(gait, 101);

  it('draws the model’s gait samples, forces in body weights by default', () => {
    const { table } = buildPlot('gait-cycle', PALSY, SIZE);
    const obliquity = rows(table, 'Complete palsy: pelvic obliquity');
    const lean = rows(table, 'Complete palsy: trunk lean');
    const right = rows(table, 'Complete palsy: right hip abductor moment');
    const left = rows(table, 'Complete palsy: left hip abductor moment');
    const force = rows(table, 'Complete palsy: right hip contact force');
    expect(obliquity).toHaveLength(101);
    samples.forEach((s, i) => {
      expect(num(obliquity[i]?.gaitCycle)).toBeCloseTo(s.cycleFraction * 100, 9);
      expect(num(obliquity[i]?.angle)).toBeCloseTo(deg(s.pelvicObliquityRad), 9);
      expect(num(lean[i]?.angle)).toBeCloseTo(deg(s.trunkLeanRad), 9);
      expect(num(right[i]?.abductorMoment)).toBeCloseTo(s.right.abductorMomentNmPerKg, 9);
      expect(num(left[i]?.abductorMoment)).toBeCloseTo(s.left.abductorMomentNmPerKg, 9);
      expect(num(force[i]?.hipContactForce)).toBeCloseTo(
        s.right.contactForceN / gait.bodyWeightN,
        9,
      );
    });
    expect(table.columns.find((c) => c.name === 'hipContactForce')?.unit).toBe('×BW');
  });

  it('draws forces in newtons when asked', () => {
    const { table } = buildPlot('gait-cycle', PALSY, { ...SIZE, units: 'N' });
    const force = rows(table, 'Complete palsy: left hip contact force');
    samples.forEach((s, i) =>
      expect(num(force[i]?.hipContactForce)).toBeCloseTo(s.left.contactForceN, 6),
    );
    expect(table.columns.find((c) => c.name === 'hipContactForce')?.unit).toBe('N');
  });

  it('draws the normal bands, the left hip’s half a cycle later', () => {
    const { table } = buildPlot('gait-cycle', NORMAL, SIZE);
    const lower = rows(table, 'normal −1 SD: pelvic obliquity');
    const leftUpper = rows(table, 'normal +1 SD: left hip abductor moment');
    for (const i of [0, 16, 50, 64, 100]) {
      const f = i / 100;
      expect(num(lower[i]?.angle)).toBeCloseTo(normativeLimits('pelvic_obliquity_deg', f).lower, 9);
      expect(num(leftUpper[i]?.abductorMoment)).toBeCloseTo(
        normativeLimits('hip_abductor_moment_internal_Nm_per_kg', f - 0.5).upper,
        9,
      );
    }
  });

  it('shades the right stance phase and draws a cursor only when given one', () => {
    const without = buildPlot('gait-cycle', PALSY, SIZE);
    const withCursor = buildPlot('gait-cycle', PALSY, { ...SIZE, cursorPct: 30 });
    const svg = serialize(withCursor.scene);
    expect(svg).toContain('>right stance<');
    expect(svg).toContain('>right swing<');
    expect(svg).toContain('class="cursor"');
    expect(serialize(without.scene)).not.toContain('class="cursor"');
    const [dot] = rows(withCursor.table, 'cursor: Complete palsy: pelvic obliquity');
    expect(num(dot?.angle)).toBeCloseTo(deg(sampleGait(gait, 0.3).pelvicObliquityRad), 9);
  });
});

describe('numbers in the plots’ words', () => {
  it('have one decimal or none, a hyphen-minus, and no sign on a zero', () => {
    expect([12.345, -1.25, 1e21 / 1e20, -0.04].map(oneDecimal)).toEqual([
      '12.3',
      '-1.3',
      '10.0',
      '0.0',
    ]);
    expect([57.49, 2.5, -7.6, -0.4].map(whole)).toEqual(['57', '3', '-8', '0']);
  });
});

describe('plots drawn from series', () => {
  it('draw the series they are given, as the queries give them for the inputs', () => {
    const input = labelled(PALSY).input;
    const plot = buildGaitCycle(
      { current: { label: PALSY.label, series: gaitCycleSeries(input) } },
      SIZE,
    );
    const fromInputs = buildPlot('gait-cycle', PALSY, SIZE);
    expect(serialize(plot.scene)).toBe(serialize(fromInputs.scene));
    expect(plot.table).toEqual(fromInputs.table);
  });

  it('put one legend across the top when a lecture font meets a small plot, each entry once', () => {
    /** Every group below `n` (itself included) whose class is `cls`. */
    const groups = (n: SvgNode, cls: string): SvgNode[] => [
      ...(String(n.attrs?.class ?? '')
        .split(' ')
        .includes(cls)
        ? [n]
        : []),
      ...(n.children ?? []).flatMap((c) => groups(c, cls)),
    ];
    // Lecture mode at 1024 × 768: the legends beside the panels ran into the headings below them.
    const small = buildPlot('gait-cycle', PALSY, {
      widthPx: 430,
      heightPx: 390,
      theme: PROJECTOR_THEME,
      pinned: NORMAL,
    });
    const [strip, ...more] = groups(small.scene, 'legend-strip');
    expect(more).toEqual([]);
    const entries = groups(strip!, 'legend').flatMap((l) =>
      (l.children ?? []).flatMap((c) => (c.tag === 'g' ? [c.attrs?.['aria-label']] : [])),
    );
    expect(entries).toContain('right hip');
    expect(entries.length).toBe(new Set(entries).size);
    // The pinned normal series is one entry across the panels, not one per panel.
    expect(entries.filter((e) => String(e).startsWith('Normal'))).toEqual(['Normal']);
    for (const panel of groups(small.scene, 'panel')) expect(groups(panel, 'legend')).toEqual([]);
    // At the desk's size the legends stand beside their panels, as before.
    const desk = buildPlot('gait-cycle', PALSY, { ...SIZE, pinned: NORMAL });
    expect(groups(desk.scene, 'legend-strip')).toEqual([]);
    for (const panel of groups(desk.scene, 'panel'))
      expect(groups(panel, 'legend')).toHaveLength(1);
  });

  it('move the gait cursor as an overlay, without rebuilding the plot', () => {
    const plot = buildPlot('gait-cycle', PALSY, SIZE);
    expect(serialize(plot.scene)).not.toContain('class="cursor"');
    const gait = buildGait(labelled(PALSY).input);
    for (const pct of [0, 30, 57.5, 100]) {
      const moved = withOverlay(plot, plot.cursor!(pct, sampleGait(gait, pct / 100)));
      const built = buildPlot('gait-cycle', PALSY, { ...SIZE, cursorPct: pct });
      expect(serialize(moved.scene)).toBe(serialize(built.scene));
      expect(moved.table).toEqual(built.table);
    }
    expect(buildPlot('moment-arms', PALSY, SIZE).cursor).toBeUndefined();
  });

  it('draw only a pinned strength sweep’s own compensation, however many were swept', () => {
    const normal = { ...normalBody(PALSY.stance), compensation: 'auto' as const };
    const current = { label: 'Palsy', series: strengthSweepSeries(PALSY.stance) };
    const draw = (series: ReturnType<typeof strengthSweepSeries>) =>
      serialize(buildStrengthSweep({ current, pinned: { label: 'Normal', series } }, SIZE).scene);
    expect(draw(strengthSweepSeries(normal))).toBe(draw(strengthSweepSeries(normal, ['auto'])));
  });
});

describe('the strength-sweep plot', () => {
  it('draws the same stance values as runSweep', () => {
    const values = sweepValues(0, 100, 51);
    const param = SWEEP_PARAMS.find((p) => p.name === 'abductors')!;
    const { table } = buildPlot('strength-sweep', PALSY, SIZE);
    for (const compensation of ['none', 'auto'] as const) {
      const sweep = runSweep(
        { ...DEFAULT_GAIT, stance: { ...PALSY.stance, compensation }, affectedSide: 'right' },
        param,
        values,
      );
      const text = compensation === 'none' ? 'no compensation' : 'automatic compensation';
      const drop = rows(table, `Complete palsy: pelvic drop, ${text}`);
      expect(drop).toHaveLength(51);
      sweep.forEach((row, i) => {
        expect(num(drop[i]?.abductorStrength)).toBeCloseTo(row.value, 9);
        expect(num(drop[i]?.angle)).toBeCloseTo(deg(row.stance.pelvicDropRad), 9);
      });
      if (compensation === 'auto') {
        const lean = rows(table, `Complete palsy: trunk lean, ${text}`);
        sweep.forEach((row, i) =>
          expect(num(lean[i]?.angle)).toBeCloseTo(deg(row.stance.trunkLeanRad), 9),
        );
      }
    }
  }, 30_000);

  it('marks the current setting at the mean strength of the three muscles', () => {
    const s: PlotScenario = {
      label: 'Mixed',
      stance: {
        ...DEFAULT_STANCE,
        strength: { ...DEFAULT_STANCE.strength, gmed: 0.1, gmin: 0.4, tfl: 0.7 },
      },
      affectedSide: 'right',
    };
    const [m] = rows(
      buildPlot('strength-sweep', s, SIZE).table,
      'Mixed: pelvic drop (current setting)',
    );
    expect(num(m?.abductorStrength)).toBeCloseTo(40, 9);
    expect(num(m?.angle)).toBeCloseTo(deg(solveStance(s.stance).pelvicDropRad), 9);
  });
});

describe('the moment-arm plot', () => {
  it('draws the moment arm of each of the ten parts that abduct as evaluateMuscle gives it, in cm', () => {
    const muscles = scaleMuscles(1.76, 73, DEFAULT_STANCE.neckShaftRad, true).filter(
      (m) => evaluateMuscle(m, 0, 1, emptyMuscleState()).momentArmM > 0,
    );
    expect(muscles).toHaveLength(10);
    const arms = rows(buildPlot('moment-arms', NORMAL, SIZE).table, 'Normal: moment arm');
    expect(arms).toHaveLength(10 * 51);
    for (const m of muscles) {
      const mine = arms.filter((r) => r.part === m.name);
      expect(mine).toHaveLength(51);
      expect(num(mine[0]?.hipAdduction)).toBe(-20);
      expect(num(mine[50]?.hipAdduction)).toBe(30);
      for (const r of mine) {
        const a = num(r.hipAdduction) * RAD_PER_DEG;
        expect(num(r.momentArm)).toBeCloseTo(
          evaluateMuscle(m, a, 1, emptyMuscleState()).momentArmM * 100,
          9,
        );
      }
    }
  });

  it('draws each part’s force and activation at the solved posture, and says which are paralysed', () => {
    const r = solveStance(PALSY.stance);
    const { scene, table } = buildPlot('moment-arms', PALSY, SIZE);
    const bars = rows(table, 'Complete palsy: at current hip adduction');
    expect(bars).toHaveLength(10);
    const abducting = r.muscles.filter((m) => bars.some((b) => b.part === m.name));
    expect(abducting).toHaveLength(10);
    abducting.forEach((m, i) => {
      expect(bars[i]?.part).toBe(m.name);
      expect(num(bars[i]?.force)).toBeCloseTo(m.forceN, 9);
      expect(num(bars[i]?.activation)).toBeCloseTo(m.activation * 100, 9);
      expect(num(bars[i]?.hipAdduction)).toBeCloseTo(deg(r.hipAdductionRad), 9);
    });
    expect(serialize(scene).match(/>paralysed</g)).toHaveLength(7);
    expect(serialize(buildPlot('moment-arms', NORMAL, SIZE).scene)).not.toContain('>paralysed<');
  });

  it('gives every part its own colour and dash pattern', () => {
    const svg = serialize(buildPlot('moment-arms', NORMAL, SIZE).scene);
    const curves = [
      ...svg.matchAll(
        /<path d="[^"]+" fill="none" stroke="([^"]+)" stroke-width="[\d.]+"( stroke-dasharray="([^"]+)")?[^>]*aria-label="(Gluteus|Tensor|Piriformis)/g,
      ),
    ];
    expect(curves).toHaveLength(10);
    expect(new Set(curves.map((m) => `${m[1]} ${m[3] ?? 'solid'}`)).size).toBe(10);
  });
});
