/**
 * Atomic output: every file is written under a temporary name in the build's own temporary folder
 * (inside DIR, so on the same file system) and renamed into place, so an interrupted build never
 * leaves half a file. Whatever a killed build left in the temporary folder is cleared at the next start.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

export function writeAtomic(tmpDir: string, target: string, content: string | Uint8Array): void {
  const tmp = tmpPath(tmpDir, target);
  writeFileSync(tmp, content);
  renameSync(tmp, target);
}

/** As writeAtomic, a line at a time: a large file is never one string in memory. */
export function writeLinesAtomic(tmpDir: string, target: string, lines: Iterable<string>): void {
  const tmp = tmpPath(tmpDir, target);
  const fd = openSync(tmp, 'w');
  try {
    // In chunks of some 64 KB: one write a line would be a system call for each of 50,000 documents.
    let chunk = '';
    for (const line of lines) {
      chunk += `${line}\n`;
      if (chunk.length >= 65_536) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, target);
}

function tmpPath(tmpDir: string, target: string): string {
  return join(tmpDir, `${basename(target)}.${process.pid}-${threadId}-${counter++}`);
}

/** Empties (or creates) the temporary folder of a build that is about to start. */
export function resetTmpDir(tmpDir: string): void {
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
}
