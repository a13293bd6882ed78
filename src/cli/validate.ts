import { Option, type Command } from 'commander';
import { decodeXml, DEFAULT_MAX_BYTES, RULE as ENCODING_RULE } from '../model/decode-xml.js';
import { hasErrors, type Diagnostic } from '../model/diagnostic.js';
import { readInputFile } from '../model/input.js';
import { EXIT, exitCodesHelp } from './exit.js';
import { describeFailure } from './io.js';

const HELP = `
Each file is read as XML says: its byte-order mark, else the encoding its declaration names, else UTF-8.
${exitCodesHelp({
  invalid: 'some file has validation errors',
  usage: 'bad arguments or schema; some file missing, not decodable or not well-formed\n     XML (its error is printed with the findings; the other files are validated)',
})}`;

interface ValidateCommandOptions {
  format: 'text' | 'json';
  schema?: string;
  schematron?: string;
}

export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description('validate TEI files: well-formedness, RelaxNG, our JSON Schema and rules')
    .argument('<files...>', 'TEI files (ours or anyone’s)')
    .addOption(new Option('--format <format>', 'how findings are printed').choices(['text', 'json']).default('text'))
    .option('--schema <rng>', 'a RelaxNG schema (.rng), or `tei_all`; default: our profile')
    .option('--schematron <sch>', 'also check these ISO Schematron rules')
    .addHelpText('after', HELP)
    .action(async (files: string[], options: ValidateCommandOptions) => {
      const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && program.opts().color !== false;
      process.exitCode = await runValidate(files, options, color);
    });
}

async function runValidate(files: readonly string[], options: ValidateCommandOptions, color: boolean): Promise<number> {
  // Loaded here, not at start-up: the other commands (build's coordinator above all) never need it.
  const { createValidator, formatHuman, formatJson } = await import('../validate/index.js');
  const { RULE: WELL_FORMED_RULE } = await import('../validate/parse.js');
  let validator;
  try {
    validator = await createValidator({ schema: options.schema, schematron: options.schematron });
  } catch (error) {
    process.stderr.write(`${describeFailure(error, options.schema ?? options.schematron ?? '')}\n`);
    return EXIT.usage;
  }
  const findings: Diagnostic[] = [];
  const sources = new Map<string, string>();
  let unreadable = false;
  let read = 0;
  for (const file of files) {
    let decoded;
    try {
      decoded = decodeXml(await readInputFile(file, file, DEFAULT_MAX_BYTES), file);
    } catch (error) {
      process.stderr.write(`${describeFailure(error, file)}\n`);
      unreadable = true;
      continue;
    }
    read++;
    const found = 'error' in decoded ? [decoded.error] : validator.validate(decoded.text, file);
    if ('text' in decoded) sources.set(file, decoded.text);
    // A file that is not text, or not XML, is an input error, as for every command.
    if (found.some((d) => d.severity === 'error' && (d.rule === ENCODING_RULE || d.rule === WELL_FORMED_RULE))) unreadable = true;
    findings.push(...found);
  }
  // A run that read no file has nothing to report on: its errors are on standard error.
  if (read > 0 || options.format === 'json') {
    process.stdout.write(options.format === 'json' ? formatJson(findings) : formatHuman(findings, (f) => sources.get(f), { color }));
  }
  return unreadable ? EXIT.usage : hasErrors(findings) ? EXIT.invalid : EXIT.ok;
}
