/**
 * The command line: `npm run -s sim -- <command> [options]`. The project's Node corner: the only
 * code that talks to Node (argv, stdout, stderr, exit codes, files); the commands it runs use the
 * model (sim/) and the DOM-free renderers of the app (src/render/) and return what to print and
 * which files to write.
 *
 * Exit codes: 0 done; 1 the output could not be written (standard output full or closed); 2 bad
 * input, with one line on stderr; 70 an internal error (one line); 141 the reader of standard
 * output stopped early (a pipe into `head`), as for any program ended by SIGPIPE, silently.
 */
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { CAPS, hasUnit, loadUnitParser, quoteForMessage } from '../sim/index.ts';
import { parseArgs, UsageError } from './args.ts';
import { printed, type CommandResult, type OutputFile } from './command.ts';
import { commandFor } from './commands.ts';
import { helpText } from './help.ts';
import { stdoutClosed, writeAll, writeError } from './output.ts';

const EXIT = { done: 0, notWritten: 1, usage: 2, internal: 70, pipeClosed: 141 } as const;

/** Prints one line on stderr: control and bidirectional characters neutralised, length capped. */
function say(message: string): void {
  writeAll(2, `sim: ${quoteForMessage(message.replace(/\s+/g, ' '), CAPS.messageChars)}\n`);
}

/**
 * Runs the command line: what to print and which files to write. Every command goes through the
 * same check of its options first (commandFor); a command that encodes (video, a PDF) answers
 * with a promise.
 */
async function run(argv: readonly string[]): Promise<CommandResult> {
  // An option may give a quantity with a unit ("--mass 154lb", "--height=175cm"): only then is the
  // unit parser (mathjs, about 0.2 s to set up) started; plain numbers never need it.
  if (argv.some((a) => hasUnit(a) || hasUnit(a.slice(a.indexOf('=') + 1)))) await loadUnitParser();
  const args = parseArgs(argv);
  if (args.flags.has('help') || args.command === 'help') return printed(`${helpText()}\n`);
  return await commandFor(args).run(args);
}

/** Writes a file a command asked for; every such file is named by the `--out` option. */
function write(f: OutputFile): void {
  try {
    writeFileSync(f.path, f.bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UsageError(
      `--out "${quoteForMessage(f.path)}": cannot write the file: ${writeError(code)}`,
    );
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let result: CommandResult;
  try {
    result = await run(argv);
    // Output no one can see is work lost: say so, unless files carry the output.
    if (result.files.length === 0 && stdoutClosed()) {
      say('standard output is closed: nothing would be seen (redirect it, e.g. > out.json)');
      return EXIT.notWritten;
    }
    result.files.forEach(write);
  } catch (e) {
    if (e instanceof UsageError) {
      say(e.message);
      return EXIT.usage;
    }
    say(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.internal;
  }
  const out = writeAll(1, result.stdout);
  if (out.ok) return EXIT.done;
  if (out.code === 'EPIPE') return EXIT.pipeClosed;
  say(`cannot write standard output: ${writeError(out.code)}`);
  return EXIT.notWritten;
}

process.exitCode = await main(process.argv.slice(2));
