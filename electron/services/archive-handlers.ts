/** The archive search methods. */
import type { Handlers } from '../../core/contract';
import type { archiveMethods } from '../../core/contract-parts/archive';
import type { HandlerContext } from './handler-context';

type ArchiveHandlers = Pick<Handlers, keyof typeof archiveMethods>;

/** Creates the archive search methods. */
export function createArchiveHandlers(_context: HandlerContext): ArchiveHandlers {
  return {};
}
