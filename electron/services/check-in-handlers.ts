/**
 * The check-in methods: save a session's agreed follow-up as a calendar file where the clinician
 * chooses (system save dialog, atomic write, plaintext only there), and list check-ins due.
 */
import { basename, dirname, join } from 'node:path';
import type { Handlers } from '../../core/contract';
import type { checkInMethods } from '../../core/contract-parts/check-ins';
import { sanitizeFileName } from '../../core/documents/file-name';
import { AppError } from '../../core/result';
import { checkInsDue } from '../../core/sessions/check-ins-due';
import type { SessionRecord, SessionSummary } from '../../core/sessions/session';
import type { HandlerContext } from './handler-context';
import { checkInFileName, checkInIcs } from './sessions/check-in-ics';
import { writeFileAtomicAt } from './store/atomic-write';
import { auditNow } from './vault/open-vault';

type CheckInHandlers = Pick<Handlers, keyof typeof checkInMethods>;

/** Where to write the file: the chosen folder and a sanitized name that ends in .ics. */
function icsTarget(chosen: string, fallback: string): string {
  let name = sanitizeFileName(basename(chosen), fallback);
  if (!/\.ics$/i.test(name)) name = sanitizeFileName(`${name}.ics`, fallback);
  return join(dirname(chosen), name);
}

/** Creates the check-in methods; every one answers `locked` while the vault is locked. */
export function createCheckInHandlers(context: HandlerContext): CheckInHandlers {
  const { vault, now, dialogs } = context;
  return {
    'sessions.saveCheckIn': ({ id }) =>
      vault.use(async (open) => {
        if (!open.index.summary<SessionSummary>('session', id))
          throw new AppError('not-found', 'That session does not exist.');
        const { data } = await open.index.get<SessionRecord>('session', id);
        const checkIn = data.content.checkIn;
        if (!checkIn)
          throw new AppError('invalid-input', 'Agree a check-in date first.', {
            checkIn: 'No date yet.',
          });
        const defaultName = checkInFileName(checkIn);
        const chosen = await dialogs.chooseSavePath({
          title: 'Save the check-in as a calendar file',
          defaultName,
          filters: [{ name: 'Calendar file', extensions: ['ics'] }],
        });
        if (!chosen) return { saved: false } as const;
        const target = icsTarget(chosen, defaultName);
        try {
          await writeFileAtomicAt(target, Buffer.from(checkInIcs(checkIn, id, now()), 'utf8'));
        } catch {
          throw new AppError(
            'io',
            'The calendar file could not be written there. Choose another folder and try again.',
          );
        }
        await auditNow(open, now, { type: 'document-saved', recordKind: 'session', recordId: id });
        return { saved: true, fileName: basename(target) } as const;
      }),

    'sessions.checkInsDue': ({ until }) =>
      vault.use(async ({ index }) =>
        checkInsDue(index.summaries<SessionSummary>('session'), until),
      ),
  };
}
