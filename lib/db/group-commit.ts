// Group commit: callers that arrive while a write is in flight wait for the
// next one and share it. At a trickle each caller still gets its own write
// at once (nothing waits on a timer); in a flood a few hundred callers share
// one transaction, so the database sees a handful of commits a second
// instead of thousands, and hot rows are written once per batch.
//
// `flush` gets the items in arrival order and returns one result per item.
// If a shared write fails, each item is tried alone so that one bad item
// fails only its own caller. Flushes never overlap, which also keeps the
// callers' order.
export type GroupCommit<I, O> = (item: I) => Promise<O>;

export function groupCommit<I, O>(flush: (items: I[]) => Promise<O[]>, maxBatch: number): GroupCommit<I, O> {
  type Waiting = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void };
  let queue: Waiting[] = [];
  let flushing = false;

  async function flushOne(waiting: Waiting): Promise<void> {
    try {
      const [result] = await flush([waiting.item]);
      waiting.resolve(result as O);
    } catch (error) {
      waiting.reject(error);
    }
  }

  async function drain(): Promise<void> {
    flushing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      if (batch.length === 1) {
        await flushOne(batch[0]!);
        continue;
      }
      let results: O[];
      try {
        results = await flush(batch.map((waiting) => waiting.item));
      } catch {
        for (const waiting of batch) await flushOne(waiting);
        continue;
      }
      batch.forEach((waiting, index) => waiting.resolve(results[index] as O));
    }
    flushing = false;
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!flushing) void drain();
    });
}
