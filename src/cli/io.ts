/**
 * Files for the commands: inputs through the model's one reader, outputs written atomically and
 * never over an input, every failure phrased for people (the paths they gave, never a temporary
 * file's or an internal one's).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import { formatDiagnostic, PositionedError, type Diagnostic } from '../model/diagnostic.js';
import { canonicalEncoding } from '../model/legacy-encoding.js';
import { sameFile, systemReason } from '../model/input.js';

/** A failure that stops the command, with a message a person can act on (exit 2). */
export class CommandError extends Error {}

/** Writes via a temporary file and a rename: a reader never sees half a file. */
export async function writeOutput(path: string, content: string): Promise<void> {
  try {
    await writeFileAtomic(path, content, { encoding: 'utf8' });
  } catch (error) {
    throw new CommandError(`${path}: cannot write: ${writeReason(error, path)}`);
  }
}

function writeReason(error: unknown, path: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return existsSync(dirname(path)) ? 'no file can be created there' : `the folder ${dirname(path)} does not exist`;
    case 'EISDIR':
    case 'ENOTEMPTY':
    case 'EEXIST':
      return 'it is a folder';
    default:
      return systemReason(error);
  }
}

export interface Output {
  /** The option that names it, e.g. `--html`. */
  option: string;
  path: string;
}

/**
 * Refuses, before anything is written, an output that is one of the inputs (the same path, a link
 * to it, another spelling of it) or another of the outputs.
 */
export function refuseOverwrite(inputs: readonly string[], outputs: readonly Output[]): void {
  outputs.forEach((output, i) => {
    const input = inputs.find((path) => sameFile(path, output.path));
    if (input !== undefined) {
      const what = input === output.path ? 'the input' : `the input ${input}`;
      throw new CommandError(`${output.path}: ${output.option} would overwrite ${what}; choose another file`);
    }
    const other = outputs.slice(0, i).find((o) => resolve(o.path) === resolve(output.path) || sameFile(o.path, output.path));
    if (other) throw new CommandError(`${output.path}: ${other.option} and ${output.option} name the same file; give each its own`);
  });
}

/** `--encoding LABEL`: any encoding the platform's decoders know, by any of its labels. */
export function encodingLabel(value: string): string {
  if (!canonicalEncoding(value)) {
    throw new InvalidArgumentError(`unknown encoding "${value}"; e.g. windows-1252, iso-8859-2, windows-1251, shift_jis, utf-16le`);
  }
  return value;
}

/** An address pages are published at: an absolute http or https URL. */
export function publicationUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`"${value}" is not an absolute URL; e.g. https://example.org/frus/`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`expected an http or https address, not ${url.protocol}`);
  return url.href;
}

export function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
}

/** The message of an error that stops one input, positioned when the stage knew where. */
export function describeFailure(error: unknown, file: string): string {
  if (error instanceof PositionedError) return formatDiagnostic(error.diagnostic);
  if (error instanceof CommandError) return error.message;
  if ((error as NodeJS.ErrnoException | undefined)?.code) return `${file}: ${systemReason(error)}`;
  return `${file}: ${error instanceof Error ? error.message : String(error)}`;
}
