/** The settings, referral directory, crisis lines and templates methods. */
import type { Handlers } from '../../core/contract';
import type { practiceMethods } from '../../core/contract-parts/practice';
import type { HandlerContext } from './handler-context';

type PracticeHandlers = Pick<Handlers, keyof typeof practiceMethods>;

/** Creates the settings, referral directory, crisis lines and templates methods. */
export function createPracticeHandlers(_context: HandlerContext): PracticeHandlers {
  return {};
}
