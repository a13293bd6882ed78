/**
 * Atomic output: every file is written under a temporary name in the build's own temporary folder
 * (inside DIR, so on the same file system) and renamed into place, so an interrupted build never
 * leaves half a file. Whatever a killed build left in the temporary folder is cleared at the next start.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

export function writeAtomic(tmpDir: string, target: string, content: string | Uint8Array): void {
  const tmp = join(tmpDir, `${basename(target)}.${process.pid}-${threadId}-${counter++}`);
  writeFileSync(tmp, content);
  renameSync(tmp, target);
}

/** Empties (or creates) the temporary folder of a build that is about to start. */
export function resetTmpDir(tmpDir: string): void {
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
}
