/**
 * Building the archive index in the background: documents are added a chunk at a time, with a
 * pause between chunks so the main process stays responsive and the UI can show progress.
 */
import type { ArchiveIndex } from './archive-index';
import type { SearchDocument } from './search-document';
import type { IndexProgress } from './search-types';

/** Options of a chunked build. */
export interface BuildOptions {
  /** How many documents are expected (for "Indexing 4,312 of 10,000"). */
  total: number;
  /** Documents per chunk (default 250). */
  chunkSize?: number;
  /**
   * Waits between chunks, giving the event loop a turn. In the main process pass
   * `() => new Promise((r) => setImmediate(r))`; the default only waits a microtask.
   */
  pause?: () => Promise<void>;
  /** Called after every chunk, and once at the end. */
  onProgress?: (progress: IndexProgress) => void;
}

/** How a chunked build ended. */
export interface BuildOutcome {
  /** False when the index was cleared (the vault locked) or another build started meanwhile. */
  completed: boolean;
  /** Documents read from the source. */
  read: number;
  /** Documents added (a document saved or removed during the build keeps its newer state). */
  added: number;
}

/**
 * Adds every document of `source` (an array, a generator, or an async generator that decrypts
 * records as it goes) to the index in chunks, pausing between chunks and reporting progress.
 * Saves during the build win over the build's older copies. Stops early, without error, when
 * the index is cleared.
 */
export async function buildInChunks(
  index: ArchiveIndex,
  source: Iterable<SearchDocument> | AsyncIterable<SearchDocument>,
  options: BuildOptions,
): Promise<BuildOutcome> {
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? 250));
  const pause = options.pause ?? (() => Promise.resolve());
  const ticket = index.beginBuild(options.total);
  let read = 0;
  let added = 0;
  let inChunk = 0;
  options.onProgress?.(index.progress());
  for await (const doc of source) {
    if (!index.isCurrent(ticket)) return { completed: false, read, added };
    read += 1;
    if (index.addFromBuild(ticket, doc)) added += 1;
    inChunk += 1;
    if (inChunk >= chunkSize) {
      inChunk = 0;
      options.onProgress?.(index.progress());
      await pause();
    }
  }
  if (!index.isCurrent(ticket)) return { completed: false, read, added };
  index.endBuild(ticket);
  options.onProgress?.(index.progress());
  return { completed: true, read, added };
}
