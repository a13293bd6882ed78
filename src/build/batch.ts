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
