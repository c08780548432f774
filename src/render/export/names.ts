/** File names that say what they contain (plot and scenario), safe on every operating system. */

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

/**
 * Short description of a scenario for file names, from the option texts that differ from normal
 * (by option name, as src/lib/scenarioOptions.ts gives them).
 */
export function scenarioSlug(options: Readonly<Record<string, string>>): string {
  const parts = Object.entries(options).map(([k, v]) => `${k}-${v}`);
  return slug(parts.length ? parts.join('-') : 'normal') || 'normal';
}

/**
 * e.g. "trendelenburg-gait-cycle-gmed-0-gmin-0-tfl-0.svg", for `options` the scenario's option
 * texts that differ from normal.
 */
export function exportFileName(
  what: string,
  options: Readonly<Record<string, string>>,
  ext: string,
): string {
  const base = slug(`trendelenburg-${what}-${scenarioSlug(options)}`).slice(0, MAX);
  return `${base}.${slug(ext)}`;
}
