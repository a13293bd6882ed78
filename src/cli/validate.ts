import { statSync } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import { Option, type Command } from 'commander';
import { createWorkerPool, defaultJobs } from '../build/pool.js';
import { runOrdered } from '../build/ordered.js';
import type { Checked, FileSummary, ValidatorOptions } from '../validate/index.js';
import type { ValidateResult, ValidateTask } from '../validate/worker.js';
import { PositionedError } from '../model/diagnostic.js';
import { DEFAULT_MAX_BYTES, RULE as ENCODING_RULE } from '../model/decode-xml.js';
import { readInputFileSync } from '../model/input.js';
import { EXIT, exitCodesHelp } from './exit.js';
import { describeFailure } from './io.js';
import { positiveInteger } from './publish.js';

/**
 * Below this much input, a worker costs more than it saves: it loads the code and the schemas (some
 * 0.5 s of CPU, ready about 0.2 s after this thread) and both threads run slowly while their JITs
 * warm up, each on its own. Measured on two quiet cores (bench/validate.js, tei_all, copies of the
 * dev corpus, --jobs 1 against --jobs 2): 250 files (2.7 MB) 0.75 s against 0.96 s, 500 (5.4 MB)
 * 1.1 s against 1.2 s, 1,000 (10.8 MB) 1.8 s against 1.7 s. `--jobs` given explicitly always uses them.
 */
const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

/** Files a worker holds at once (the one it checks, the rest queued in it), so that it never waits for the next. */
const WORKER_QUEUE = 4;

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
    .option('-j, --jobs <n>', `threads that validate: this one and n-1 workers (default: one per core, here ${defaultJobs()}, when the files pass 8 MB; else 1)`, positiveInteger)
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
  const pool = workers > 0 ? createWorkerPool<ValidateTask, ValidateResult | undefined>('validate/worker.js', workers, { tasksPerWorker: WORKER_QUEUE }) : undefined;
  let workersReady = false;
  let inWorkers = 0;
  let checkingHere = false;
  // Files wait here, in order, for a thread with room: a file is given to this thread only when it
  // is about to be free, not when the file is reached, or this thread would take on a whole window
  // of files while the worker, done with its few, waits for the next.
  const waiting: Array<() => void> = [];
  const wake = (): void => waiting.shift()?.();
  if (pool) {
    for (let i = 0; i < workers; i++) {
      // A worker that cannot prepare takes no file; this thread validates them all.
      void pool.run({ options: validatorOptions }).then(() => {
        workersReady = true;
        for (let k = 0; k < WORKER_QUEUE; k++) wake();
      }, () => undefined);
    }
  }
  let here: Awaited<ReturnType<typeof createValidator>>;
  try {
    here = await createValidator(validatorOptions);
  } catch (error) {
    await pool?.close();
    return failed(error);
  }
  // A file goes to a worker with room in its queue, else this thread reads and checks it. The queue
  // is in the worker (piscina's tasks per worker): one kept here would leave the worker idle
  // whenever this thread is busy checking a file, as it mostly is, when it should hand the next.
  const outcome = async (file: string): Promise<Outcome> => {
    for (;;) {
      if (pool && workersReady && inWorkers < workers * WORKER_QUEUE) {
        inWorkers++;
        try {
          const result = (await pool.run({ file, options: validatorOptions }))!;
          return 'checked' in result ? { file, checked: result.checked } : { file, failure: describeFailure(new PositionedError(result.unreadable), file) };
        } finally {
          inWorkers--;
          wake();
        }
      }
      if (!checkingHere) {
        checkingHere = true;
        try {
          // Reading and checking block this thread: first a turn of the event loop, to take in
          // what the workers have finished and give them more.
          await setImmediate();
          let input: Uint8Array;
          try {
            input = readInputFileSync(file, file, DEFAULT_MAX_BYTES);
          } catch (error) {
            return { file, failure: describeFailure(error, file) };
          }
          return { file, checked: here.check(input, file) };
        } finally {
          checkingHere = false;
          wake();
        }
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
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
      outcome,
      deliver,
      // Files handed out and not yet printed: room for every worker's queue and this thread's file,
      // four times over, so that a file slow to check holds no thread idle behind it.
      { limit: 4 * (workers * WORKER_QUEUE + 1) },
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
