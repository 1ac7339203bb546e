import type { ConsentEvents } from './types';

type Listener = (payload: never) => void;

/** The instance's event channels: listeners by event, each one's failure contained. */
export interface Events {
  /** Adds a listener; returns its removal. */
  on<K extends keyof ConsentEvents>(event: K, listener: (payload: ConsentEvents[K]) => void): () => void;
  /** Calls every listener of an event; one that throws is logged and the others still run. */
  emit<K extends keyof ConsentEvents>(event: K, payload: ConsentEvents[K]): void;
  /** Reports a failure on `error`, or to the console when nobody listens: never thrown into the page. */
  report(error: unknown, id?: string): void;
  /** Removes every listener. */
  clear(): void;
}

/** Creates the event channels of one consent instance. */
export function createEvents(): Events {
  const listeners = new Map<keyof ConsentEvents, Set<Listener>>();
  const emit: Events['emit'] = (event, payload) => {
    for (const listener of listeners.get(event) ?? [])
      try {
        (listener as (p: unknown) => void)(payload);
      } catch (error) {
        console.error(error);
      }
  };
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener as Listener));
      return () => set.delete(listener as Listener);
    },
    emit,
    report(error, id) {
      if (listeners.get('error')?.size) emit('error', { id, error });
      else console.error('consent', id, error);
    },
    clear: () => listeners.clear(),
  };
}
