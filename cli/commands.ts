/**
 * Every command by name, and the one check of a command line against the command it names: an
 * option the command does not read is refused, never ignored.
 */
import { quoteForMessage as q } from '../sim/index.ts';
import { UsageError, type Args } from './args.ts';
import type { CommandSpec } from './command.ts';
import { nerveBlockCommand, populationCommand, validateCommand } from './dynamicsCommands.ts';
import { gait, sweep } from './gaitCommands.ts';
import { isGaitSetting, isStanceSetting } from './options.ts';
import { plotCommand } from './plot.ts';
import { PLOT_OPTIONS } from './plotOptions.ts';
import { musclesCommand, stanceCommand } from './stanceCommands.ts';
import { videoCommand, VIDEO_OPTIONS } from './video.ts';

export const COMMANDS: ReadonlyMap<string, CommandSpec> = new Map<string, CommandSpec>([
  ['stance', stanceCommand],
  ['muscles', musclesCommand],
  ['gait', gait],
  ['sweep', sweep],
  ['plot', { settings: 'gait', options: PLOT_OPTIONS, run: plotCommand }],
  ['nerve-block', nerveBlockCommand],
  ['population', populationCommand],
  ['validate', validateCommand],
  ['video', { settings: 'gait', options: VIDEO_OPTIONS, run: videoCommand }],
]);

/** Every option some command reads, besides the scenario settings. */
const OWN_OPTIONS = new Set([...COMMANDS.values()].flatMap((c) => c.options));

/** Whether command `c` reads option `--name`. */
function reads(c: CommandSpec, name: string): boolean {
  if (c.options.includes(name)) return true;
  if (c.settings === 'none') return false;
  return isStanceSetting(name) || (c.settings === 'gait' && isGaitSetting(name));
}

/**
 * The command the arguments name, once every option and flag given is one it reads.
 * @throws UsageError for a missing or unknown command, an unknown option, or one the command
 *   does not use
 */
export function commandFor(args: Args): CommandSpec {
  const { command } = args;
  if (command === undefined) throw new UsageError('no command given (try --help)');
  const c = COMMANDS.get(command);
  if (!c)
    throw new UsageError(
      `unknown command "${q(command)}" (commands: ${[...COMMANDS.keys()].join(', ')})`,
    );
  for (const name of args.options.keys()) {
    if (reads(c, name)) continue;
    const known = OWN_OPTIONS.has(name) || isStanceSetting(name) || isGaitSetting(name);
    if (c.options.includes(`${name}-px`))
      throw new UsageError(`--${name} has no meaning for ${command}: its size is --${name}-px`);
    throw new UsageError(
      known
        ? `--${name} has no meaning for ${command} (see --help)`
        : `unknown option --${q(name)}`,
    );
  }
  if (args.flags.has('piriformis') && c.settings === 'none')
    throw new UsageError(`--piriformis has no meaning for ${command}`);
  return c;
}
