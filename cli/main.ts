/**
 * The command line: `npm run -s sim -- <command> [options]`. The project's Node corner: the only
 * code that talks to Node (argv, stdout, stderr, exit codes, files); the commands it runs use the
 * model (sim/) and the DOM-free renderers of the app (src/render/) and return what to print and
 * which files to write.
 */
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { parseArgs, UsageError, type Args } from './args.ts';
import type { OutputFile } from './command.ts';
import { helpText } from './help.ts';
import { commands } from './commands.ts';
import { loadUnitParser } from '../sim/index.ts';

async function run(argv: readonly string[]): Promise<number> {
  // Options and files may give a quantity with a unit ("--mass 154lb"): the parser is bundled.
  await loadUnitParser();
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    return fail(e);
  }
  if (args.flags.has('help') || args.command === 'help') {
    process.stdout.write(`${helpText()}\n`);
    return 0;
  }
  if (args.command === undefined) return fail(new UsageError('no command given (try --help)'));
  const command = commands.get(args.command);
  if (!command)
    return fail(
      new UsageError(
        `unknown command "${args.command}" (commands: ${[...commands.keys()].join(', ')})`,
      ),
    );
  try {
    const result = await command(args);
    result.files.forEach(write);
    process.stdout.write(result.stdout);
    return 0;
  } catch (e) {
    return fail(e);
  }
}

/** Writes a file a command asked for; every such file is named by the `--out` option. */
function write(f: OutputFile): void {
  try {
    writeFileSync(f.path, f.bytes);
  } catch (e) {
    throw new UsageError(
      `--out "${f.path}": cannot write the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

function fail(e: unknown): number {
  if (e instanceof UsageError) {
    process.stderr.write(`sim: ${e.message.replace(/\s+/g, ' ')}\n`);
    return 2;
  }
  throw e;
}

process.exitCode = await run(process.argv.slice(2));
