import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/build/batch.js';

/** A stand-in for the pool: a task holding `bad` dies whole, as a worker out of memory does. */
function pool() {
  const tasks: string[][] = [];
  const run = async (some: string[]) => {
    tasks.push(some);
    if (some.includes('bad')) throw new Error('worker exited');
    return some.map((item) => `made ${item}`);
  };
  return { tasks, run };
}

const failed = (item: string, error: unknown) => `failed ${item}: ${(error as Error).message}`;

describe('runBatch', () => {
  it('runs a batch as one task', async () => {
    const { tasks, run } = pool();
    expect(await runBatch(['a', 'b', 'c'], run, failed)).toEqual(['made a', 'made b', 'made c']);
    expect(tasks).toEqual([['a', 'b', 'c']]);
  });

  it('when the task dies, runs each item alone so that only the one that caused it fails', async () => {
    const { tasks, run } = pool();
    expect(await runBatch(['a', 'bad', 'c'], run, failed)).toEqual(['made a', 'failed bad: worker exited', 'made c']);
    expect(tasks).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });
});
