import type { Command } from 'commander';
import { encode, type EncodeResult } from '../encode/index.js';
import { hasErrors } from '../model/diagnostic.js';
import { documentNumberOfFileName, volumeOfFileName } from '../model/file-name.js';
import { MAX_TEXT_BYTES, readInputFile } from '../model/input.js';
import { EXIT, exitCodesHelp } from './exit.js';
import { describeFailure, encodingLabel, printDiagnostics, refuseOverwrite, writeOutput } from './io.js';
import { loadLists, PERSONS_HELP, TERMS_HELP, type ListOptions } from './lists.js';

const HELP = `
IN is read as UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark; a file in
another encoding is refused with its name, and --encoding LABEL reads it (windows-1252, iso-8859-2, …).
A heading that prints no document number takes it from a FRUS file name (…_d284.txt). The TEI is
checked against our profile as \`validate\` checks it: its errors are printed, and it is written all
the same, to be corrected.
${exitCodesHelp({
  invalid: 'the TEI has validation errors (on standard error)',
  usage: 'bad arguments; IN missing, not plain text (binary, XML, not UTF-8\n     without --encoding) or holding no document; OUT being IN or its folder missing',
})}`;

interface EncodeCommandOptions extends ListOptions {
  output?: string;
  encoding?: string;
}

export function registerEncodeCommand(program: Command): void {
  program
    .command('encode')
    .description('encode a plain-text document as TEI P5 (to standard output without -o)')
    .argument('<in>', 'the plain-text document')
    .option('-o, --output <file>', 'write the TEI to this file (not IN)')
    .option('--encoding <label>', 'read IN in this encoding (e.g. windows-1252) instead of UTF-8', encodingLabel)
    .option('--persons <file>', PERSONS_HELP)
    .option('--terms <file>', TERMS_HELP)
    .addHelpText('after', HELP)
    .action(async (input: string, options: EncodeCommandOptions) => {
      process.exitCode = await runEncode(input, options);
    });
}

async function runEncode(input: string, options: EncodeCommandOptions): Promise<number> {
  let result: EncodeResult;
  try {
    if (options.output) refuseOverwrite([input], [{ option: '--output', path: options.output }]);
    const lists = await loadLists(options);
    const bytes = await readInputFile(input, input, MAX_TEXT_BYTES);
    result = encode(bytes, { file: input, encoding: options.encoding, number: documentNumberOfFileName(input), volume: volumeOfFileName(input), lists });
  } catch (error) {
    process.stderr.write(`${describeFailure(error, input)}\n`);
    return EXIT.usage;
  }
  printDiagnostics(result.diagnostics);
  // Loaded here, not at start-up: the other commands (build's coordinator above all) never need it.
  const { createValidator } = await import('../validate/index.js');
  const findings = (await createValidator()).validate(result.xml, options.output ?? '<stdout>');
  printDiagnostics(findings);
  try {
    if (options.output) await writeOutput(options.output, result.xml);
    else process.stdout.write(result.xml);
  } catch (error) {
    process.stderr.write(`${describeFailure(error, options.output!)}\n`);
    return EXIT.usage;
  }
  return hasErrors(findings) ? EXIT.invalid : EXIT.ok;
}
