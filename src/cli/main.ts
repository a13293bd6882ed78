/**
 * The command line: a thin layer that parses arguments, reads and writes files, prints findings,
 * and maps outcomes to exit codes (0 success, 1 findings, 2 usage or input errors: see exit.ts).
 * All the work is in the stages.
 */
import { Command, CommanderError, Option } from 'commander';
import { TOOL } from '../model/tool.js';
import { registerBuildCommand } from './build.js';
import { registerEncodeCommand } from './encode.js';
import { registerPublishCommand } from './publish.js';
import { registerValidateCommand } from './validate.js';
import { EXIT, exitCodesHelp } from './exit.js';

export function createProgram(): Command {
  const program = new Command()
    .name(TOOL.name)
    .description('Plain-text diplomatic documents (FRUS) to TEI P5, validated, published as HTML and plain text.')
    .version(TOOL.version)
    .showHelpAfterError()
    .exitOverride()
    .addOption(new Option('--no-color', 'no colours in messages'))
    .addHelpText('after', exitCodesHelp({
      invalid: 'validation errors (encode, validate), some document failed (build)',
      usage: 'bad arguments, an input that cannot be read, decoded or parsed, an output\n     that would overwrite an input (each command\'s --help says more)',
    }));
  registerEncodeCommand(program);
  registerValidateCommand(program);
  registerPublishCommand(program);
  registerBuildCommand(program);
  // Subcommands share the exit-code contract: usage errors are 2, not commander's 1.
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with 0; help shown for a missing command is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    process.stderr.write(`${TOOL.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
}
