/**
 * Makes conf (and electron-store, which extends it) write the settings file through the app's one
 * synchronous atomic writer instead of its bundled `atomically` copy, so the settings follow the
 * same platform rules as every other file: temp file in the same folder at mode 0600, fsync,
 * rename (retried on Windows while another program holds the file), folder flush where supported.
 */
import { writePrivateFileAtomic } from './private-file';

/** What a conf-like class exposes to a subclass that takes over its file writes. */
interface ConfLike {
  readonly path: string;
}

/** The members conf declares private but calls on `this`, which a subclass may replace. */
interface ConfWriteHooks {
  _serialize(value: unknown): string;
  _write(value: unknown): void;
}

type ConfClass<Options> = new (options: Options) => ConfLike;

/**
 * Returns a subclass of a conf-like class whose every write of the whole store goes through
 * `write` (default {@link writePrivateFileAtomic}, the app's one writer). The store must not use
 * conf's own encryption (ours does not: client data never goes into settings, and the file holds
 * nothing secret).
 */
export function withSharedWriter<Options, Instance extends ConfLike>(
  Base: new (options: Options) => Instance,
  write: (path: string, text: string) => void = writePrivateFileAtomic,
): new (options: Options) => Instance {
  const Writable = Base as unknown as ConfClass<Options>;
  class SharedWriterStore extends Writable {
    /** Replaces conf's `_write`: serialise as conf would, then write atomically. */
    _write(value: unknown): void {
      const hooks = this as unknown as ConfWriteHooks;
      write(this.path, hooks._serialize(value));
    }
  }
  return SharedWriterStore as unknown as new (options: Options) => Instance;
}
