/** The PDF documents methods. */
import type { Handlers } from '../../core/contract';
import type { documentMethods } from '../../core/contract-parts/documents';
import type { HandlerContext } from './handler-context';

type DocumentHandlers = Pick<Handlers, keyof typeof documentMethods>;

/** Creates the PDF documents methods. */
export function createDocumentHandlers(_context: HandlerContext): DocumentHandlers {
  return {};
}
