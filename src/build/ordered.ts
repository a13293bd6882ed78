/**
 * Runs asynchronous work over a list with at most `limit` items started and not yet delivered,
 * and delivers results in list order. The limit bounds memory (results waiting for a slower
 * predecessor count against it) and keeps the pool's queue short; the order makes what is written
 * from the results (the report) independent of how many workers there are.
 */
export interface OrderedOptions {
  limit: number;
  /** Stop starting new items; those started are still delivered. */
  signal?: AbortSignal;
}

export function runOrdered<T, R>(
  items: readonly T[],
  start: (item: T, index: number) => Promise<R>,
  deliver: (result: R, item: T, index: number) => void,
  { limit, signal }: OrderedOptions,
): Promise<void> {
  const waiting = new Map<number, R>();
  let started = 0;
  let settled = 0;
  let delivered = 0;
  let failure: { error: unknown } | undefined;

  return new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      while (!failure && !signal?.aborted && started < items.length && started - delivered < limit) {
        const index = started++;
        start(items[index]!, index)
          .then(
            (result) => void waiting.set(index, result),
            (error: unknown) => void (failure ??= { error }),
          )
          .finally(() => {
            settled++;
            flush();
          });
      }
      // Nothing in flight and nothing more to start: every result is delivered, or one failed.
      if (settled === started) {
        if (failure) reject(failure.error);
        else resolve();
      }
    };
    const flush = (): void => {
      try {
        while (!failure && waiting.has(delivered)) {
          const result = waiting.get(delivered)!;
          waiting.delete(delivered);
          deliver(result, items[delivered]!, delivered++);
        }
      } catch (error) {
        failure ??= { error };
      }
      pump();
    };
    pump();
  });
}
