import { InvalidArgumentError, type Command } from 'commander';
import { EXIT } from './exit.js';
import { describeFailure, readInput, writeOutput } from './io.js';

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

export function registerPublishCommand(program: Command): void {
  program
    .command('publish')
    .description('publish a TEI document as an HTML edition and a plain-text edition')
    .argument('<in>', 'the TEI file (ours or anyone’s)')
    .option('--html <file>', 'write the HTML edition here')
    .option('--text <file>', 'write the plain-text edition here')
    .option('--width <n>', 'wrap the text edition at n columns', positiveInteger)
    .action(async (input: string, options: { html?: string; text?: string; width?: number }, command: Command) => {
      if (!options.html && !options.text) command.error('error: give --html, --text or both', { exitCode: EXIT.usage });
      try {
        const tei = (await readInput(input)).toString('utf8');
        // Loaded here, not at start-up: saxon-js alone is some 80 MB, which build's coordinator never needs.
        const { createPublisher } = await import('../publish/index.js');
        const publisher = createPublisher();
        const [outcome] = publisher.editions([{ tei, file: input }], { width: options.width });
        if ('error' in outcome!) throw outcome.error;
        const { editions } = outcome!;
        if (options.html) await writeOutput(options.html, editions.html);
        if (options.text) await writeOutput(options.text, editions.text);
        process.exitCode = EXIT.ok;
      } catch (error) {
        process.stderr.write(`${describeFailure(error, input)}\n`);
        process.exitCode = EXIT.usage;
      }
    });
}
