import { describe, expect, it } from 'vitest';
import { batches, runBatch } from '../../src/build/batch.js';

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

describe('batches', () => {
  it('cuts consecutive batches of at most `most` items', () => {
    expect(batches([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4, 2)).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]]);
  });

  it('makes smaller batches when there are too few items to keep every task in flight busy', () => {
    expect(batches([1, 2, 3, 4, 5, 6], 8, 3)).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(batches([1, 2], 8, 8)).toEqual([[1], [2]]);
    expect(batches([], 8, 2)).toEqual([]);
  });
});
