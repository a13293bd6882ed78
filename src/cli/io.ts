/** File reading and atomic writing for the commands, with errors phrased for people. */
import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { formatDiagnostic, PositionedError, type Diagnostic } from '../model/diagnostic.js';

export class InputError extends Error {}

export async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (error as Error).message;
    throw new InputError(`${path}: cannot read: ${why}`);
  }
}

/** Writes via a temporary file and a rename: a reader never sees half a file. */
export async function writeOutput(path: string, content: string): Promise<void> {
  await writeFileAtomic(path, content, { encoding: 'utf8' });
}

export function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
}

/** The message of an error that stops one input, positioned when the stage knew where. */
export function describeFailure(error: unknown, file: string): string {
  if (error instanceof PositionedError) return formatDiagnostic(error.diagnostic);
  if (error instanceof InputError) return error.message;
  return `${file}: ${error instanceof Error ? error.message : String(error)}`;
}
