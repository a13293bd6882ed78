import { Option, type Command } from 'commander';
import { hasErrors, type Diagnostic } from '../model/diagnostic.js';
import { EXIT } from './exit.js';
import { describeFailure, readInput } from './io.js';

export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description('validate TEI files: well-formedness, RelaxNG, our JSON Schema and rules')
    .argument('<files...>', 'TEI files (ours or anyone’s)')
    .addOption(new Option('--format <format>', 'how findings are printed').choices(['text', 'json']).default('text'))
    .option('--schema <rng>', 'a RelaxNG schema (.rng), or `tei_all`; default: our profile')
    .option('--schematron <sch>', 'also check these ISO Schematron rules')
    .action(async (files: string[], options: { format: 'text' | 'json'; schema?: string; schematron?: string }) => {
      // Loaded here, not at start-up: the other commands (build's coordinator above all) never need it.
      const { createValidator, formatHuman, formatJson } = await import('../validate/index.js');
      let validator;
      try {
        validator = await createValidator({ schema: options.schema, schematron: options.schematron });
      } catch (error) {
        process.stderr.write(`${describeFailure(error, options.schema ?? options.schematron ?? '')}\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      const findings: Diagnostic[] = [];
      const sources = new Map<string, string>();
      let unreadable = false;
      let read = 0;
      for (const file of files) {
        try {
          const bytes = await readInput(file);
          findings.push(...validator.validate(bytes, file));
          sources.set(file, bytes.toString('utf8'));
          read++;
        } catch (error) {
          process.stderr.write(`${describeFailure(error, file)}\n`);
          unreadable = true;
        }
      }
      const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && program.opts().color !== false;
      // A run that read no file has nothing to report on: its errors are on standard error.
      if (read > 0 || options.format === 'json') {
        process.stdout.write(
          options.format === 'json' ? formatJson(findings) : formatHuman(findings, (f) => sources.get(f), { color }),
        );
      }
      process.exitCode = unreadable ? EXIT.usage : hasErrors(findings) ? EXIT.invalid : EXIT.ok;
    });
}
