import type { Command } from 'commander';
import { encode } from '../encode/index.js';
import { EXIT } from './exit.js';
import { describeFailure, printDiagnostics, readInput, writeOutput } from './io.js';

export function registerEncodeCommand(program: Command): void {
  program
    .command('encode')
    .description('encode a plain-text document as TEI P5 (to standard output without -o)')
    .argument('<in>', 'the plain-text document (UTF-8)')
    .option('-o, --output <file>', 'write the TEI to this file')
    .action(async (input: string, options: { output?: string }) => {
      try {
        const text = (await readInput(input)).toString('utf8');
        const result = encode(text, { file: input });
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
