// Group commit: callers that arrive while a write is in flight wait for the
// next one and share it. At a trickle each caller still gets its own write
// at once (nothing waits on a timer); in a flood a few hundred callers share
// one transaction, so the database sees a handful of commits a second
// instead of thousands, and hot rows are written once per batch.
//
// `flush` gets the items in arrival order and returns one result per item.
// If a shared write fails, each item is tried alone so that one bad item
// fails only its own caller.
//
// `concurrency` writes may be in flight at once. With one, writes never
// overlap and callers are stored strictly in arrival order. With more, the
// next batch need not wait for the previous commit's disk flush; order is
// kept within a batch, and batches in flight together hold only callers
// that were themselves waiting at the same time, which nothing ordered.
export type GroupCommit<I, O> = (item: I) => Promise<O>;

export type GroupCommitOptions = { maxBatch: number; concurrency?: number };

export function groupCommit<I, O>(flush: (items: I[]) => Promise<O[]>, options: GroupCommitOptions): GroupCommit<I, O> {
  type Waiting = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void };
  const concurrency = options.concurrency ?? 1;
  let queue: Waiting[] = [];
  let inFlight = 0;

  async function flushOne(waiting: Waiting): Promise<void> {
    try {
      const [result] = await flush([waiting.item]);
      waiting.resolve(result as O);
    } catch (error) {
      waiting.reject(error);
    }
  }

  async function write(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) return flushOne(batch[0]!);
    let results: O[];
    try {
      results = await flush(batch.map((waiting) => waiting.item));
    } catch {
      for (const waiting of batch) await flushOne(waiting);
      return;
    }
    batch.forEach((waiting, index) => waiting.resolve(results[index] as O));
  }

  function startWrites(): void {
    while (queue.length > 0 && inFlight < concurrency) {
      const batch = queue.slice(0, options.maxBatch);
      queue = queue.slice(batch.length);
      inFlight += 1;
      void write(batch).finally(() => {
        inFlight -= 1;
        startWrites();
      });
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      startWrites();
    });
}
