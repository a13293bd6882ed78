import { linkSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PositionedError } from '../../src/model/diagnostic.js';
import { readInputFile, sameFile } from '../../src/model/input.js';

const dir = mkdtempSync(join(tmpdir(), 'tei-telegram-input-'));
const file = join(dir, 'a.txt');
writeFileSync(file, 'abc');

async function refusal(path: string, maxBytes?: number): Promise<PositionedError> {
  const error = await readInputFile(path, 'given.txt', maxBytes).catch((e: unknown) => e);
  if (error instanceof PositionedError) return error;
  throw new Error(`not refused: ${String(error)}`);
}

describe('readInputFile', () => {
  it('reads the bytes', async () => {
    expect(Buffer.from(await readInputFile(file)).toString()).toBe('abc');
  });

  it('says why a file cannot be read, under the name it was given, without Node’s paths', async () => {
    for (const [path, reason] of [
      [join(dir, 'nope.txt'), 'no such file'],
      [dir, 'it is a folder'],
      [join(file, 'x.txt'), 'a part of the path is not a folder'],
    ] as const) {
      const error = await refusal(path);
      expect(error.diagnostic).toMatchObject({ file: 'given.txt', line: 1, column: 1, rule: 'input-unreadable', message: `cannot read: ${reason}` });
    }
  });

  it('refuses a file over the limit before reading it', async () => {
    expect((await refusal(file, 2)).diagnostic).toMatchObject({ rule: 'input-too-large', message: 'file too large: 0.0 MB exceeds the limit of 0.0 MB' });
  });
});

describe('sameFile', () => {
  it('knows one file by any path to it: itself, another spelling, a symbolic or a hard link', () => {
    const symbolic = join(dir, 'symbolic.txt');
    const hard = join(dir, 'hard.txt');
    symlinkSync(file, symbolic);
    linkSync(file, hard);
    for (const other of [file, join(dir, '.', 'a.txt'), symbolic, hard]) expect(sameFile(file, other)).toBe(true);
  });

  it('tells other files, and paths to nothing, apart', () => {
    const other = join(dir, 'b.txt');
    writeFileSync(other, 'abc');
    expect(sameFile(file, other)).toBe(false);
    expect(sameFile(file, join(dir, 'missing.txt'))).toBe(false);
    expect(sameFile(join(file, 'x'), join(file, 'x'))).toBe(false);
  });
});
