import { statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { createWorkerPool, defaultJobs } from '../build/pool.js';
import { runOrdered } from '../build/ordered.js';
import type { Checked, FileSummary, ValidatorOptions } from '../validate/index.js';
import type { ValidateTask } from '../validate/worker.js';
import { DEFAULT_MAX_BYTES, RULE as ENCODING_RULE } from '../model/decode-xml.js';
import { readInputFile } from '../model/input.js';
import { EXIT, exitCodesHelp } from './exit.js';
import { describeFailure } from './io.js';
import { positiveInteger } from './publish.js';

/**
 * Below this much input, a worker costs more than it saves: it loads the code and the schemas and
 * runs slowly while its JIT warms up (some 0.5 s of CPU), while this thread validates 4 to 5 MB of
 * FRUS documents a second. Measured on two shared cores (bench/validate.js, 1,000 documents,
 * 11 MB): one thread 4.1 s, this thread and one worker 6.9 s, the worker having taken a sixth of
 * the files. Above it, this thread validates from the first file and workers join once ready.
 * `--jobs` given explicitly always uses them.
 */
const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;

/** Files given to each worker beyond the one it validates, so that it never waits for the next. */
const WORKER_QUEUE = 1;

const HELP = `
Each file is read as XML says: its byte-order mark, else the encoding its declaration names, else UTF-8.
Schema, unless --schema says: the one the file names in <?xml-model?> (known URLs map to the
shipped copies in schemas/catalog.xml; nothing is fetched), else our profile (tei-telegram) for
our encoder's output, else tei_all. Findings are printed in the order of the files given.
${exitCodesHelp({
  invalid: 'some file has validation errors',
  usage: 'bad arguments, an unknown schema or a broken Schematron; some file missing, not\n     decodable or not well-formed XML (its error is printed with the findings; the other files are validated)',
})}`;

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
    .option('-j, --jobs <n>', `threads that validate: this one and n-1 workers (default: one per core, here ${defaultJobs()}, when the files pass 32 MB; else 1)`, positiveInteger)
    .addHelpText('after', HELP)
    .action(async (files: string[], options: ValidateCommandOptions) => {
      process.exitCode = await runValidate(files, options, program.opts().color !== false);
    });
}

type Outcome = { file: string; checked: Checked } | { file: string; failure: string };

async function runValidate(files: string[], options: ValidateCommandOptions, colorWanted: boolean): Promise<number> {
  // Loaded here, not at start-up: the other commands (build's coordinator above all) never need it.
  const { AUTO, checkOptions, createValidator, formatFileFindings, jsonRow, SchemaOptionError, Tally } = await import('../validate/index.js');
  const { RULE: WELL_FORMED_RULE } = await import('../validate/parse.js');
  const validatorOptions: ValidatorOptions = { schema: options.schema ?? AUTO, ...(options.schematron ? { schematron: options.schematron } : {}) };
  try {
    checkOptions(validatorOptions);
  } catch (error) {
    process.stderr.write(`${error instanceof SchemaOptionError ? error.message : describeFailure(error, options.schema ?? options.schematron ?? '')}\n`);
    return EXIT.usage;
  }
  const bytes = files.reduce((n, f) => n + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
  const jobs = Math.min(options.jobs ?? defaultJobs(), files.length);
  const parallel = jobs > 1 && (options.jobs !== undefined || bytes >= PARALLEL_MIN_BYTES);
  const failed = (error: unknown): number => {
    process.stderr.write(`${describeFailure(error, options.schema ?? options.schematron ?? '')}\n`);
    return EXIT.usage;
  };
  // This thread validates too, from the first file: the workers (one fewer than the jobs) take
  // files only once they have loaded the schemas, so no file waits for a worker's start. They
  // start first, to load while this thread does.
  const workers = parallel ? jobs - 1 : 0;
  const pool = workers > 0 ? createWorkerPool<ValidateTask, Checked | undefined>('validate/worker.js', workers) : undefined;
  let workersReady = false;
  let inWorkers = 0;
  if (pool) {
    for (let i = 0; i < workers; i++) {
      // A worker that cannot prepare takes no file; this thread validates them all.
      void pool.run({ options: validatorOptions }).then(() => void (workersReady = true), () => undefined);
    }
  }
  let here: Awaited<ReturnType<typeof createValidator>>;
  try {
    here = await createValidator(validatorOptions);
  } catch (error) {
    await pool?.close();
    return failed(error);
  }
  const check = async (input: Uint8Array, file: string): Promise<Checked> => {
    if (!pool || !workersReady || inWorkers >= workers * (1 + WORKER_QUEUE)) return here.check(input, file);
    inWorkers++;
    try {
      return (await pool.run({ bytes: input, file, options: validatorOptions }))!;
    } finally {
      inWorkers--;
    }
  };

  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && colorWanted;
  const json = options.format === 'json';
  const tally = new Tally();
  const summaries: FileSummary[] = [];
  let rows = 0;
  let unreadable = false;
  // Each file's findings are printed as soon as it and those before it are done: output starts at
  // once, in the order of the files whatever the number of workers, and nothing is kept but counts.
  const deliver = (outcome: Outcome): void => {
    if ('failure' in outcome) {
      process.stderr.write(`${outcome.failure}\n`);
      unreadable = true;
      return;
    }
    const { diagnostics, lines, schema } = outcome.checked;
    // A file that is not text, or not XML, is an input error, as for every command.
    if (diagnostics.some((d) => d.severity === 'error' && (d.rule === ENCODING_RULE || d.rule === WELL_FORMED_RULE))) unreadable = true;
    tally.add(diagnostics);
    summaries.push({ file: outcome.file, ...(schema ? { schema: schema.name } : {}) });
    if (json) {
      for (const d of diagnostics) process.stdout.write(`${rows++ === 0 ? '[\n' : ',\n'}${jsonRow(d)}`);
    } else {
      process.stdout.write(formatFileFindings(diagnostics, (_file, line) => lines[line], { color }));
    }
  };
  try {
    await runOrdered(
      files,
      async (file): Promise<Outcome> => {
        let input: Uint8Array;
        try {
          input = await readInputFile(file, file, DEFAULT_MAX_BYTES);
        } catch (error) {
          return { file, failure: describeFailure(error, file) };
        }
        return { file, checked: await check(input, file) };
      },
      deliver,
      // Files being read or checked at once. Reads share libuv's threads with a starting worker's
      // module loading: a window of hundreds of files kept a worker from starting for 3 s.
      { limit: Math.max(2, (workers + 1) * 4) },
    );
  } catch (error) {
    // A schema that cannot be prepared, in a worker: nothing more can be checked.
    return failed(error);
  } finally {
    await pool?.close();
  }
  if (json) process.stdout.write(rows === 0 ? '[]\n' : '\n]\n');
  // A run that read no file has nothing to report on: its errors are on standard error.
  else if (summaries.length > 0) process.stdout.write(tally.summary({ color, files: summaries }));
  return unreadable ? EXIT.usage : tally.errors > 0 ? EXIT.invalid : EXIT.ok;
}
