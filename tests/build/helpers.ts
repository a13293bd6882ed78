/**
 * Shared by the build tests: scratch folders, folder comparison, the CLI. The workers and the CLI
 * run dist/, which the test run's global setup (tests/global-setup.ts) has built.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, 'tests/fixtures/build');
export const ARCHIVE = join(FIXTURES, 'archive');
export const CLI = join(ROOT, 'bin/tei-telegram.js');

export function scratch(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `tei-telegram-build-${prefix}-`));
}

/** A copy of the fixture archive; with `copies`, its good documents replicated under new numbers. */
export function archiveCopy(copies = 0): string {
  const dir = scratch('in');
  cpSync(ARCHIVE, dir, { recursive: true });
  const seeds = readdirSync(ARCHIVE).filter((f) => /^frus.*\.txt$/.test(f));
  for (let i = 0; i < copies; i++) {
    const seed = seeds[i % seeds.length]!;
    const text = readFileSync(join(ARCHIVE, seed), 'utf8');
    const number = 1000 + i;
    writeFileSync(join(dir, `copy${number}.txt`), text.replace(/^(\uFEFF?)\d+\./, `$1${number}.`));
  }
  return dir;
}

export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** report.json without what depends on the run (every `timings` key). */
export function reportWithoutTimings(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'), (key, value: unknown) => (key === 'timings' ? undefined : value));
}

/**
 * What to compare of an output folder: every file's sha256 (so a difference names the file),
 * report.json as data without its timings.
 */
export function folderContents(dir: string): Record<string, unknown> {
  const contents: Record<string, unknown> = {};
  for (const file of listFiles(dir)) {
    const name = relative(dir, file);
    contents[name] = name === 'report.json' ? reportWithoutTimings(file) : createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return contents;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[]): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

export function runCli(args: string[]): Promise<CliRun> {
  return startCli(args).done;
}
