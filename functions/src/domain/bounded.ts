// Runs async work over a list with at most `limit` in flight, starting nothing new after a
// deadline: scheduled jobs call ElevenLabs for many records and must end inside their timeout.


export type Settled<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown };

export async function runBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  options: { deadlineMs?: number; now?: () => number } = {},
): Promise<{ settled: Settled<T, R>[]; notStarted: T[] }> {
  const clock = options.now ?? Date.now;
  const settled: Settled<T, R>[] = [];
  const notStarted: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      if (options.deadlineMs !== undefined && clock() >= options.deadlineMs) {
        notStarted.push(item);
        continue;
      }
      try {
        settled.push({ item, ok: true, value: await work(item) });
      } catch (error) {
        settled.push({ item, ok: false, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return { settled, notStarted };
}
