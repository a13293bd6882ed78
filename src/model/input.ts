/**
 * The one reader of input files, for every command: the bytes of a file (refused, with a reason a
 * person can act on, when it cannot be read or is too large to be a document), which decode-text.ts
 * reads as plain text and decode-xml.ts as XML says; and whether two paths are one file, so that no
 * output is ever written over an input.
 */
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { PositionedError, diagnostic } from './diagnostic.js';

/** A plain-text FRUS document is a few kilobytes; anything this large is not one. */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

export const UNREADABLE = 'input-unreadable';

/** The bytes of the file at `path`; `label` is its name in the diagnostic when it cannot be read. */
export async function readInputFile(path: string, label = path, maxBytes = Infinity): Promise<Uint8Array> {
  try {
    const { size } = await stat(path);
    if (size > maxBytes) throw refusal(label, tooLarge(size, maxBytes), 'input-too-large');
    return await readFile(path);
  } catch (error) {
    throw asRefusal(error, label);
  }
}

/**
 * readInputFile, blocking: for many small files read one after another (validate FILE…), where
 * it costs a twentieth of the CPU of the promise (on 1,000 documents of 10 KB, 13 ms against 200 ms
 * of reading, as libuv's threads hand each one back) and takes no libuv thread from a starting worker.
 */
export function readInputFileSync(path: string, label = path, maxBytes = Infinity): Uint8Array {
  try {
    const { size } = statSync(path);
    if (size > maxBytes) throw refusal(label, tooLarge(size, maxBytes), 'input-too-large');
    return readFileSync(path);
  } catch (error) {
    throw asRefusal(error, label);
  }
}

function refusal(label: string, message: string, rule = UNREADABLE): PositionedError {
  return new PositionedError(diagnostic(label, { line: 1, column: 1 }, 'error', rule, message));
}

function asRefusal(error: unknown, label: string): PositionedError {
  return error instanceof PositionedError ? error : refusal(label, `cannot read: ${systemReason(error)}`);
}

/** Why a file of `size` bytes is refused before it is read. */
export function tooLarge(size: number, maxBytes: number): string {
  return `file too large: ${megabytes(size)} exceeds the limit of ${megabytes(maxBytes)}`;
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * What a failed file operation means, without the paths Node puts in its messages (which may be
 * temporary or internal files the user never named).
 */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/** Whether two paths name one file (the same path, a link, another spelling): same device and inode. */
export function sameFile(a: string, b: string): boolean {
  const [x, y] = [identity(a), identity(b)];
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}

function identity(path: string): { dev: number; ino: number } | undefined {
  try {
    return statSync(path);
  } catch {
    // A path that cannot be reached is no file another path could also name.
    return undefined;
  }
}
