/** What a command is: parsed arguments in, text for stdout and files to write out. */
import type { Args } from './args.ts';

/** A file a command asks for, named by its `--out` option. */
export interface OutputFile {
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

/** A command's output; cli/main.ts does the printing and the writing. */
export interface CommandResult {
  readonly stdout: string;
  readonly files: readonly OutputFile[];
}

/**
 * A command: throws UsageError for bad input and touches nothing outside itself; a command that
 * encodes (video) answers with a promise.
 */
export type Command = (args: Args) => CommandResult | Promise<CommandResult>;

/**
 * A command and the options it reads: cli/main.ts refuses any other before running it, so no
 * option is ever silently ignored.
 */
export interface CommandSpec {
  readonly run: Command;
  /**
   * The scenario settings it takes: those of the stance (every field but the affected side, with
   * `--preset` and `--piriformis`), those of a gait (the stance's and the affected side), or none.
   */
  readonly settings: 'stance' | 'gait' | 'none';
  /** Its own options beside the scenario settings. */
  readonly options: readonly string[];
}

/** A result that is only text on stdout. */
export function printed(stdout: string): CommandResult {
  return { stdout, files: [] };
}

/** A value as the commands print JSON: two-space indent, one final line break. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
