// Produces items concurrently and consumes them strictly in order, with bounded memory: at most
// `concurrency` productions run at once, and at most `window` items exist between the start of
// their production and being taken for consumption (plus the one being consumed), whatever `count` is.

export interface InOrderPipeline<T> {
  count: number;
  concurrency: number;
  /** Items started but not yet taken by `consume` (in flight or finished and waiting); >= concurrency. */
  window: number;
  produce: (index: number) => Promise<T>;
  consume: (item: T, index: number) => Promise<void>;
}

/**
 * Rejects with the first failure (of a production in order, or of a consumption); after a failure
 * nothing new starts and what is in flight is left to settle before returning.
 */
export async function runInOrder<T>({ count, concurrency, window, produce, consume }: InOrderPipeline<T>): Promise<void> {
  const limit = Math.max(1, concurrency);
  const ahead = Math.max(limit, window);
  const pending = new Map<number, Promise<T>>();
  let nextToStart = 0;
  let nextToConsume = 0;
  let inFlight = 0;
  let stopped = false;
  const launch = () => {
    while (!stopped && inFlight < limit && nextToStart < count && nextToStart - nextToConsume < ahead) {
      inFlight++;
      const promise = produce(nextToStart).finally(() => {
        inFlight--;
        launch();
      });
      promise.catch(() => undefined); // awaited in order below; no unhandled rejection meanwhile
      pending.set(nextToStart, promise);
      nextToStart++;
    }
  };
  try {
    launch();
    while (nextToConsume < count) {
      const index = nextToConsume;
      const item = await pending.get(index)!;
      pending.delete(index);
      nextToConsume++;
      launch();
      await consume(item, index);
    }
  } finally {
    stopped = true;
    await Promise.allSettled(pending.values());
  }
}
