/**
 * Group commit: the writes that arrive within one turn of the event loop go to the database in one
 * transaction, and each caller hears back once that transaction has committed. Every commit waits for
 * the disk; sharing one wait between many receipts is what keeps throughput high without ever
 * answering before the data is on disk. The commit may be synchronous (better-sqlite3) or not (pg).
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
export function groupCommit<T, R>(commit: (items: T[]) => R[] | Promise<R[]>): GroupCommit<T, R> {
  let pending: Pending<T, R>[] = [];
  let scheduled: NodeJS.Immediate | undefined;

  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    // The transaction rolled back: nothing in it is stored, and no caller may claim otherwise.
    const rejectAll = (error: unknown) => {
      for (const entry of batch) entry.reject(error);
    };
    const resolveAll = (results: R[]) => {
      for (const [i, entry] of batch.entries()) entry.resolve(results[i]!);
    };
    try {
      const results = commit(batch.map((entry) => entry.item));
      if (Array.isArray(results)) resolveAll(results);
      else results.then(resolveAll, rejectAll);
    } catch (error) {
      rejectAll(error);
    }
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
