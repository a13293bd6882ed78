import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../src/build/ordered.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runOrdered', () => {
  it('delivers in list order whatever order the work finishes in, never more than `limit` outstanding', async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    let outstanding = 0;
    let most = 0;
    const delivered: number[] = [];
    await runOrdered(
      items,
      async (item) => {
        most = Math.max(most, ++outstanding);
        await pause((item * 7) % 5);
        return item * 2;
      },
      (result, item) => {
        outstanding--;
        expect(result).toBe(item * 2);
        delivered.push(item);
      },
      { limit: 4 },
    );
    expect(delivered).toEqual(items);
    expect(most).toBe(4);
  });

  it('handles an empty list', async () => {
    await expect(runOrdered([], async () => 1, () => {}, { limit: 2 })).resolves.toBeUndefined();
  });

  it('stops starting work when aborted, and delivers what was started', async () => {
    const controller = new AbortController();
    const delivered: number[] = [];
    await runOrdered(
      Array.from({ length: 20 }, (_, i) => i),
      async (item) => {
        await pause(1);
        return item;
      },
      (item) => {
        delivered.push(item);
        if (item === 2) controller.abort();
      },
      { limit: 3, signal: controller.signal },
    );
    expect(delivered.slice(0, 3)).toEqual([0, 1, 2]);
    expect(delivered.length).toBeLessThanOrEqual(5);
    expect(delivered).toEqual([...delivered].sort((a, b) => a - b));
  });

  it('rejects with the first failure once the work in flight has settled', async () => {
    let settled = 0;
    const run = runOrdered(
      [0, 1, 2, 3, 4, 5],
      async (item) => {
        await pause(item === 1 ? 1 : 5);
        settled++;
        if (item === 1) throw new Error('boom');
        return item;
      },
      () => {},
      { limit: 3 },
    );
    await expect(run).rejects.toThrow('boom');
    expect(settled).toBe(3);
  });
});
