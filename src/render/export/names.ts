/** File names that say what they contain (plot and scenario), safe on every operating system. */
import { scenarioOptions } from '../../lib/scenarioOptions.ts';
import type { PlotScenario } from '../plots/types.ts';

const MAX = 120;

/** A name part made safe: lower-case ASCII letters, digits and hyphens only. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.+/g, 'p')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX);
}

/** Short description of a scenario for file names: the values that differ from normal. */
export function scenarioSlug(s: PlotScenario): string {
  const parts = Object.entries(scenarioOptions(s.stance, s.affectedSide)).map(
    ([k, v]) => `${k}-${v}`,
  );
  return slug(parts.length ? parts.join('-') : 'normal') || 'normal';
}

/** e.g. "trendelenburg-gait-cycle-gmed-0-gmin-0-tfl-0.svg". */
export function exportFileName(what: string, scenario: PlotScenario, ext: string): string {
  const base = slug(`trendelenburg-${what}-${scenarioSlug(scenario)}`).slice(0, MAX);
  return `${base}.${slug(ext)}`;
}
