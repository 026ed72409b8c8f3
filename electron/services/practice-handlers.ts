/** The settings, referral directory, crisis lines and templates methods. */
import type { Handlers } from '../../core/contract';
import type { practiceMethods } from '../../core/contract-parts/practice';
import type { HandlerContext } from './handler-context';
import { createCrisisLineHandlers } from './practice/crisis-line-handlers';
import { createReferralHandlers } from './practice/referral-handlers';
import { createSettingsHandlers } from './practice/settings-handlers';
import { createTemplateHandlers } from './practice/template-handlers';

type PracticeHandlers = Pick<Handlers, keyof typeof practiceMethods>;

/** Creates the settings, referral directory, crisis lines and templates methods. */
export function createPracticeHandlers(context: HandlerContext): PracticeHandlers {
  return {
    ...createSettingsHandlers(context),
    ...createReferralHandlers(context),
    ...createCrisisLineHandlers(context),
    ...createTemplateHandlers(context),
  };
}
