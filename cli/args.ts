/**
 * Command-line words → a command, the name after `plot` or `video`, and named options. Every
 * option takes a value (`--name value` or `--name=value`); the only flags are `--help` and
 * `--piriformis`. Every word echoed in a message goes through `quoteForMessage`.
 */
import { quoteForMessage as q } from '../sim/index.ts';

/** Parsed command line. */
export interface Args {
  readonly command: string | undefined;
  /** Words after the command that are not options (e.g. the plot name). */
  readonly extra: readonly string[];
  readonly options: Map<string, string>;
  readonly flags: Set<string>;
}

const FLAGS = new Set(['help', 'piriformis']);

/** A command-line error: exit code 2 with this one-line message. */
export class UsageError extends Error {}

/** Splits argv (without node and script) into command, options and flags. */
export function parseArgs(argv: readonly string[]): Args {
  const options = new Map<string, string>();
  const flags = new Set<string>();
  let command: string | undefined;
  const extra: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word === '-h') {
      flags.add('help');
      continue;
    }
    if (!word.startsWith('--')) {
      if (command === undefined) command = word;
      else if ((command === 'plot' || command === 'video') && extra.length === 0) extra.push(word);
      else throw new UsageError(`unexpected argument "${q(word)}"`);
      continue;
    }
    const eq = word.indexOf('=');
    const name = eq >= 0 ? word.slice(2, eq) : word.slice(2);
    if (name.length === 0) throw new UsageError(`malformed option "${q(word)}"`);
    if (FLAGS.has(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = word.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2))
        throw new UsageError(`--${q(name)} needs a value`);
      i++;
    }
    if (options.has(name)) throw new UsageError(`--${q(name)} is given twice`);
    options.set(name, value);
  }
  return { command, extra, options, flags };
}
