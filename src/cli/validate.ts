import { Option, type Command } from 'commander';
import { createWorkerPool, defaultJobs } from '../build/pool.js';
import { runOrdered } from '../build/ordered.js';
import { hasErrors, type Diagnostic } from '../model/diagnostic.js';
import type { Checked, FileSummary, ValidatorOptions } from '../validate/index.js';
import type { ValidateTask } from '../validate/worker.js';
import { EXIT } from './exit.js';
import { describeFailure, readInput } from './io.js';
import { positiveInteger } from './publish.js';

/**
 * Below this much input, workers cost more than they save: each loads the schemas (about half a
 * second for tei_all) before its first file. `--jobs` given explicitly always uses them.
 */
const PARALLEL_MIN_BYTES = 1024 * 1024;

const HELP = `
Schema, unless --schema says: the one the file names in <?xml-model?> (known URLs map to the
shipped copies in schemas/catalog.xml; nothing is fetched), else our profile (tei-telegram) for
our encoder's output, else tei_all. Findings are printed in the order of the files given.

Exit codes:
  0  no errors (warnings and notes may be printed)
  1  some file has errors (not well-formed, invalid, or breaking a rule)
  2  bad arguments (an unknown schema, a broken Schematron), or a file that could not be read`;

interface ValidateCommandOptions {
  format: 'text' | 'json';
  schema?: string;
  schematron?: string;
  jobs?: number;
}

export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description('validate TEI files: well-formedness, RelaxNG, our JSON Schema and rules')
    .argument('<files...>', 'TEI files (ours or anyone’s)')
    .addOption(new Option('--format <format>', 'how findings are printed').choices(['text', 'json']).default('text'))
    .option('--schema <rng>', 'a RelaxNG schema (.rng), or a shipped one: tei_all, tei-telegram (our profile)')
    .option('--schematron <sch>', 'also check these ISO Schematron rules')
    .option('-j, --jobs <n>', `worker threads for many files (default: one per core, here ${defaultJobs()})`, positiveInteger)
    .addHelpText('after', HELP)
    .action(async (files: string[], options: ValidateCommandOptions) => {
      process.exitCode = await runValidate(files, options, program.opts().color !== false);
    });
}

async function runValidate(files: string[], options: ValidateCommandOptions, colorWanted: boolean): Promise<number> {
  // Loaded here, not at start-up: the other commands (build's coordinator above all) never need it.
  const { AUTO, createValidator, formatHuman, formatJson, SchemaOptionError } = await import('../validate/index.js');
  const validatorOptions: ValidatorOptions = { schema: options.schema ?? AUTO, ...(options.schematron ? { schematron: options.schematron } : {}) };
  let unreadable = false;
  const inputs: { file: string; bytes: Uint8Array }[] = [];
  for (const file of files) {
    try {
      inputs.push({ file, bytes: await readInput(file) });
    } catch (error) {
      process.stderr.write(`${describeFailure(error, file)}\n`);
      unreadable = true;
    }
  }
  const bytes = inputs.reduce((n, i) => n + i.bytes.byteLength, 0);
  const jobs = Math.min(options.jobs ?? defaultJobs(), inputs.length);
  const parallel = jobs > 1 && (options.jobs !== undefined || bytes >= PARALLEL_MIN_BYTES);
  let results: Checked[];
  try {
    results = parallel ? await checkInWorkers(inputs, validatorOptions, jobs) : await checkHere(inputs, validatorOptions, createValidator);
  } catch (error) {
    process.stderr.write(`${error instanceof SchemaOptionError ? error.message : describeFailure(error, options.schema ?? options.schematron ?? '')}\n`);
    return EXIT.usage;
  }
  const findings: Diagnostic[] = results.flatMap((r) => r.diagnostics);
  const lines = new Map(inputs.map((input, i) => [input.file, results[i]!.lines]));
  const summaries: FileSummary[] = inputs.map((input, i) => ({ file: input.file, ...(results[i]!.schema ? { schema: results[i]!.schema!.name } : {}) }));
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && colorWanted;
  // A run that read no file has nothing to report on: its errors are on standard error.
  if (inputs.length > 0 || options.format === 'json') {
    process.stdout.write(
      options.format === 'json'
        ? formatJson(findings)
        : formatHuman(findings, (file, line) => lines.get(file)?.[line], { color, files: summaries }),
    );
  }
  return unreadable ? EXIT.usage : hasErrors(findings) ? EXIT.invalid : EXIT.ok;
}

async function checkHere(
  inputs: { file: string; bytes: Uint8Array }[],
  options: ValidatorOptions,
  createValidator: typeof import('../validate/index.js').createValidator,
): Promise<Checked[]> {
  const validator = await createValidator(options);
  return inputs.map((input) => validator.check(input.bytes, input.file));
}

/** Each file in a worker; results in the order of the files, whatever the number of workers. */
async function checkInWorkers(inputs: { file: string; bytes: Uint8Array }[], options: ValidatorOptions, jobs: number): Promise<Checked[]> {
  // A bad --schema or Schematron is reported once, before any worker starts.
  const { checkOptions } = await import('../validate/index.js');
  checkOptions(options);
  const pool = createWorkerPool<ValidateTask, Checked>('validate/worker.js', jobs);
  const results: Checked[] = [];
  try {
    await runOrdered(
      inputs,
      (input) => pool.run({ bytes: input.bytes, file: input.file, options }),
      (result) => void results.push(result),
      { limit: jobs * 4 },
    );
  } finally {
    await pool.close();
  }
  return results;
}
