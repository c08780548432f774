/** Every command by name. */
import type { Command } from './command.ts';
import { nerveBlockCommand, populationCommand, validateCommand } from './dynamicsCommands.ts';
import { gaitCommand, sweepCommand } from './gaitCommands.ts';
import { plotCommand } from './plot.ts';
import { musclesCommand, stanceCommand } from './stanceCommands.ts';
import { videoCommand } from './video.ts';

export const commands = new Map<string, Command>([
  ['stance', stanceCommand],
  ['muscles', musclesCommand],
  ['gait', gaitCommand],
  ['sweep', sweepCommand],
  ['plot', plotCommand],
  ['nerve-block', nerveBlockCommand],
  ['population', populationCommand],
  ['validate', validateCommand],
  ['video', videoCommand],
]);
