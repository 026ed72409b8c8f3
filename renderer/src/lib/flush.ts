/** Something that writes pending edits now (autosave), resolving when they are stored. */
export type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();

/** Registers a flusher (e.g. an open editor's autosave); returns a function that removes it. */
export function registerFlusher(flusher: Flusher): () => void {
  flushers.add(flusher);
  return () => flushers.delete(flusher);
}

/** Saves every pending edit now: called before locking and when the window closes. */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
