/**
 * A batch of documents run as one task, which fails as a whole when its worker dies (out of memory,
 * a crash in a stage): then each document is run alone, so that only the one that caused it fails.
 */
export async function runBatch<T, R>(
  items: readonly T[],
  run: (some: T[]) => Promise<R[]>,
  failed: (item: T, error: unknown) => R,
): Promise<R[]> {
  try {
    return await run([...items]);
  } catch {
    return Promise.all(items.map((item) => run([item]).then(([result]) => result!, (error: unknown) => failed(item, error))));
  }
}

/**
 * `items` in consecutive batches of at most `most`, fewer when there are too few items to give each
 * of the `inFlight` tasks the pool keeps started one (so that every worker is busy).
 */
export function batches<T>(items: readonly T[], most: number, inFlight: number): T[][] {
  const size = Math.min(most, Math.max(1, Math.ceil(items.length / inFlight)));
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
