/**
 * Group commit: the writes that arrive within one turn of the event loop go to the database in one
 * transaction, and each caller hears back once that transaction has committed. With
 * `synchronous=FULL` every commit waits for the disk; sharing one wait between many receipts is what
 * keeps throughput high without ever answering before the data is on disk.
 */

/** A queue of writes committed together. */
export interface GroupCommit<T, R> {
  /** Queues an item; resolves with its result once its batch has committed, rejects if the batch failed. */
  add(item: T): Promise<R>;
  /** Commits what is queued now, instead of at the end of this turn of the event loop. */
  flush(): void;
}

interface Pending<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/** `commit` writes a batch in one transaction and returns one result per item, in order; or throws. */
export function groupCommit<T, R>(commit: (items: T[]) => R[]): GroupCommit<T, R> {
  let pending: Pending<T, R>[] = [];
  let scheduled: NodeJS.Immediate | undefined;

  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    let results: R[];
    try {
      results = commit(batch.map((entry) => entry.item));
    } catch (error) {
      // The transaction rolled back: nothing in it is stored, and no caller may claim otherwise.
      for (const entry of batch) entry.reject(error);
      return;
    }
    for (const [i, entry] of batch.entries()) entry.resolve(results[i]!);
  };

  return {
    add(item) {
      return new Promise<R>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        // setImmediate runs after the I/O callbacks of this turn: every request read in it joins the batch.
        scheduled ??= setImmediate(flush);
      });
    },
    flush,
  };
}
