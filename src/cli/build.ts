/**
 * `tei-telegram build IN --out DIR`: the command-line face of src/build — arguments, a progress
 * bar (plain lines when stderr is not a terminal), Ctrl-C, the summary and the exit code.
 */
import { Presets, SingleBar } from 'cli-progress';
import { Option, type Command } from 'commander';
import { build, BuildInputError, defaultJobs, type BuildEvent, type BuildResult, type FileReport } from '../build/index.js';
import { writeBook, type BookFormat } from '../build/books.js';
import { formatDiagnostic } from '../model/diagnostic.js';
import { EXIT, exitCodesHelp } from './exit.js';
import { describeFailure, encodingLabel, printDiagnostics, publicationUrl } from './io.js';
import { loadLists, PERSONS_HELP, TERMS_HELP, type ListOptions } from './lists.js';
import { positiveInteger } from './publish.js';

/** Exit code of a build stopped by Ctrl-C (128 + SIGINT), as shells expect. */
const INTERRUPTED = 130;
/** Findings printed after the summary; the rest are in report.json. */
const PRINTED_ERRORS = 20;

const HELP = `
Writes DIR/NAME.xml (TEI), DIR/NAME.html and DIR/NAME.txt (editions) for every NAME.txt,
or for every NAME.xml (anyone's TEI, e.g. the FRUS editors' own), DIR/edition.css, DIR/report.json (per document: status, findings, timings) and, for a folder,
DIR/index.html (then index-2.html, … 1,000 documents a page). A re-run redoes only documents whose
input or tool changed; outputs are written atomically, so an interrupted build (Ctrl-C, kill) can
simply be run again. Inputs are read as \`encode\` reads them (UTF-8, UTF-16 with a byte-order mark,
or --encoding); a heading without a number takes it from a FRUS file name (…_d284.txt). With
--persons and --terms (a volume's lists, TEI or text), every mention of a listed person or term is
linked.
TEI inputs: each NAME.xml is read as XML says (byte-order mark, else its declaration's encoding,
else UTF-8), validated as \`validate\` does (the schema its <?xml-model?> names, else our profile for
our output, else tei_all) and copied unchanged to DIR/NAME.xml; its number is div/@n, else the FRUS
file name's (…_d284.xml). Validation errors are findings and the pages are still made; a file that
is not well-formed fails alone. A folder is built from its NAME.txt files when it has any, else
from its NAME.xml files (never both for one name); --from tei builds its NAME.xml files anyway.
--epub FILE and --pdf FILE then make one book of every document built, in the report's order
(the PDF is printed by Chromium, /usr/bin/chromium).
${exitCodesHelp({
  invalid: 'some document failed: it could not be read or encoded (empty, binary,\n     not UTF-8, not well-formed XML), its TEI has validation errors, or it could not be published; the others are built',
  usage: 'the build could not run: bad arguments, IN missing or holding no NAME.txt or NAME.xml,\n     DIR being the input folder, another build writing to DIR',
  more: '  130  interrupted (Ctrl-C): finished documents are kept for the next run',
})}`;

interface BuildCommandOptions extends ListOptions {
  out: string;
  jobs?: number;
  force?: boolean;
  width?: number;
  encoding?: string;
  from?: 'text' | 'tei';
  epub?: string;
  pdf?: string;
  bookTitle?: string;
  baseUrl?: string;
}

export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('build an archive: TEI, validation report and editions for a NAME.txt or NAME.xml (TEI), or a folder of them')
    .argument('<in>', 'a plain-text document NAME.txt, a TEI file NAME.xml, or a folder of either')
    .requiredOption('-o, --out <dir>', 'the output folder (created if missing; not the input folder)')
    .option('-j, --jobs <n>', `worker threads (default: one per core, here ${defaultJobs()})`, positiveInteger)
    .option('--force', 'rebuild every document, ignoring what earlier builds left in the output folder')
    .option('--width <n>', 'wrap the plain-text edition at n columns', positiveInteger)
    .option('--base-url <url>', "the address the output folder is published at: each page's citation gives its own address (URL/NAME.html)", publicationUrl)
    .addOption(new Option('--from <kind>', "which files of a folder are the documents: text (NAME.txt) or tei (NAME.xml); default: text when it has any").choices(['text', 'tei']))
    .option('--encoding <label>', 'read every NAME.txt in this encoding (e.g. windows-1252) instead of UTF-8', encodingLabel)
    .option('--persons <file>', PERSONS_HELP)
    .option('--terms <file>', TERMS_HELP)
    .option('--epub <file>', 'also write an EPUB 3 book of all the documents to file')
    .option('--pdf <file>', 'also write a PDF print edition of all the documents to file')
    .option('--book-title <text>', "the EPUB's and PDF's title (default: the volumes' titles, else Documents)")
    .addHelpText('after', HELP)
    .action(async (input: string, options: BuildCommandOptions) => {
      process.exitCode = await runBuild(input, options);
    });
}

async function runBuild(input: string, options: BuildCommandOptions): Promise<number> {
  let lists;
  try {
    lists = await loadLists(options);
  } catch (error) {
    process.stderr.write(`tei-telegram build: ${describeFailure(error, options.persons ?? options.terms ?? input)}\n`);
    return EXIT.usage;
  }
  const progress = new Progress();
  const stop = new AbortController();
  const onSignal = (): void => {
    if (stop.signal.aborted) process.exit(INTERRUPTED);
    progress.note('stopping after the documents in progress (Ctrl-C again to quit at once)');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  let result: BuildResult;
  try {
    result = await build({ input, ...options, lists, signal: stop.signal, onEvent: (e) => progress.update(e) });
  } catch (error) {
    progress.stop();
    if (!(error instanceof BuildInputError)) throw error;
    process.stderr.write(`tei-telegram build: ${error.message}\n`);
    return EXIT.usage;
  } finally {
    process.off('SIGINT', onSignal);
  }
  progress.stop();
  if (result.interrupted) {
    process.stderr.write('interrupted: finished documents are kept; run the same command again to go on\n');
    return INTERRUPTED;
  }
  progress.printFailures();
  printDiagnostics(result.site);
  process.stderr.write(`${summary(result)}\n`);
  const booksFailed = await writeBooks(result, options);
  return result.counts.failed || result.site.length || booksFailed ? EXIT.invalid : EXIT.ok;
}

/** The books asked for, after the build; whether one failed or left a document out. */
async function writeBooks(result: BuildResult, options: BuildCommandOptions): Promise<boolean> {
  let failed = false;
  for (const format of ['epub', 'pdf'] as const satisfies readonly BookFormat[]) {
    const path = options[format];
    if (!path) continue;
    try {
      const book = await writeBook(format, result.report, path, options.bookTitle);
      printDiagnostics(book.diagnostics);
      failed ||= book.diagnostics.length > 0;
      process.stderr.write(`${format}: ${path} (${book.documents} document${book.documents === 1 ? '' : 's'})\n`);
    } catch (error) {
      failed = true;
      process.stderr.write(`tei-telegram build: no ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failed;
}

function summary({ counts, timings, report, index }: BuildResult): string {
  const seconds = timings.elapsed / 1000;
  const rate = counts.documents / Math.max(seconds, 0.001);
  return [
    `built ${counts.documents} document${counts.documents === 1 ? '' : 's'} in ${seconds.toFixed(1)} s`,
    ` (${rate.toFixed(1)}/s, ${timings.jobs} job${timings.jobs === 1 ? '' : 's'}${timings.reused ? `, ${timings.reused} unchanged` : ''}):`,
    ` ${counts.ok} ok, ${counts.warnings} with warnings, ${counts.failed} failed\n`,
    `report: ${report}${index ? `\nindex: ${index}` : ''}`,
  ].join('');
}

/** The bar per phase on a terminal, a line every few seconds elsewhere (logs, CI). */
class Progress {
  private readonly tty = Boolean(process.stderr.isTTY);
  private bar: SingleBar | undefined;
  private phaseStarted = 0;
  private readonly failures: FileReport[] = [];
  private failedCount = 0;

  update(event: BuildEvent): void {
    if (event.type === 'phase') {
      this.bar?.stop();
      this.bar = new SingleBar(
        {
          format: `${event.phase === 'encode' ? 'encode+validate' : 'publish        '} ${this.tty ? '{bar} ' : ''}{value}/{total} documents | {rate}/s | ETA {eta_formatted}`,
          stream: process.stderr,
          noTTYOutput: true,
          notTTYSchedule: 5000,
          etaBuffer: 200,
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      this.phaseStarted = performance.now();
      this.bar.start(event.total, 0, { rate: '0.0' });
      return;
    }
    const seconds = (performance.now() - this.phaseStarted) / 1000;
    this.bar?.update(event.done, { rate: (event.done / Math.max(seconds, 0.001)).toFixed(1) });
    if (event.report?.status === 'failed') {
      this.failedCount++;
      if (this.failures.length < PRINTED_ERRORS) this.failures.push(event.report);
    }
  }

  note(message: string): void {
    this.stop();
    process.stderr.write(`${message}\n`);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }

  printFailures(): void {
    let printed = 0;
    for (const file of this.failures) {
      for (const d of file.diagnostics.filter((x) => x.severity === 'error')) {
        if (printed++ < PRINTED_ERRORS) process.stderr.write(`${formatDiagnostic(d)}\n`);
      }
    }
    if (printed > PRINTED_ERRORS || this.failedCount > this.failures.length) {
      process.stderr.write(`… more errors in the report (${this.failedCount} documents failed)\n`);
    }
  }
}
