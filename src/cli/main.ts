/**
 * The command line: a thin layer that parses arguments, reads and writes files, prints findings,
 * and maps outcomes to exit codes (0 success, 1 findings, 2 usage or input errors: see exit.ts).
 * All the work is in the stages.
 */
import { Command, CommanderError, Option } from 'commander';
import { TOOL } from '../model/tool.js';
import { EXIT, exitCodesHelp } from './exit.js';

type Register = (program: Command) => void;

/**
 * Each command's module, loaded only when that command runs (or help lists them all): loading
 * every stage costs a third of a second, which `validate FILE` would pay for an encoder, a
 * publisher and a build it never uses. In the order help lists them.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  encode: async () => (await import('./encode.js')).registerEncodeCommand,
  validate: async () => (await import('./validate.js')).registerValidateCommand,
  publish: async () => (await import('./publish.js')).registerPublishCommand,
  build: async () => (await import('./build.js')).registerBuildCommand,
};

/** The command an argument list names: its first argument that is not a global option. */
function commandNamed(argv: readonly string[]): string | undefined {
  const first = argv.slice(2).find((a) => a !== '--no-color');
  return first !== undefined && Object.hasOwn(COMMANDS, first) ? first : undefined;
}

/** The program with every command, or only the one `argv` runs. */
export async function createProgram(argv?: readonly string[]): Promise<Command> {
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
  const named = argv && commandNamed(argv);
  for (const name of named ? [named] : Object.keys(COMMANDS)) (await COMMANDS[name]!())(program);
  // Subcommands share the exit-code contract: usage errors are 2, not commander's 1.
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = await createProgram(argv);
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
