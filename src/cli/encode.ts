import type { Command } from 'commander';
import { encode } from '../encode/index.js';
import { EXIT } from './exit.js';
import { describeFailure, printDiagnostics, readInput, writeOutput } from './io.js';
import { loadLists, PERSONS_HELP, TERMS_HELP, type ListOptions } from './lists.js';

export function registerEncodeCommand(program: Command): void {
  program
    .command('encode')
    .description('encode a plain-text document as TEI P5 (to standard output without -o)')
    .argument('<in>', 'the plain-text document (UTF-8)')
    .option('-o, --output <file>', 'write the TEI to this file')
    .option('--persons <file>', PERSONS_HELP)
    .option('--terms <file>', TERMS_HELP)
    .action(async (input: string, options: { output?: string } & ListOptions) => {
      try {
        const lists = await loadLists(options);
        const text = (await readInput(input)).toString('utf8');
        const result = encode(text, { file: input, lists });
        printDiagnostics(result.diagnostics);
        if (options.output) await writeOutput(options.output, result.xml);
        else process.stdout.write(result.xml);
        process.exitCode = EXIT.ok;
      } catch (error) {
        process.stderr.write(`${describeFailure(error, input)}\n`);
        process.exitCode = EXIT.usage;
      }
    });
}
