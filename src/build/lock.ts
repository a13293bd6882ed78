/**
 * One build at a time per output folder: a second one would clear the first's temporary files and
 * interleave its journal. The lock file holds the owner's pid; a lock whose process is gone (a
 * killed build) is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { BuildInputError } from './inputs.js';

export function acquireLock(path: string): () => void {
  for (;;) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(readFileSync(path, 'utf8'));
    if (isRunning(owner)) {
      throw new BuildInputError(`${path}: another build (process ${owner}) is writing to this output folder`);
    }
    rmSync(path, { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
