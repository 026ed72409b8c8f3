/** The referral-directory methods: contacts as encrypted vault records, CSV through file dialogs. */
import { basename } from 'node:path';
import type { Handlers } from '../../../core/contract';
import {
  exportReferralsCsv,
  importReferralsCsv,
  MAX_REFERRAL_CSV_CHARS,
  newReferral,
  type ReferralContact,
  reviseReferral,
  searchReferrals,
} from '../../../core/referrals';
import { AppError } from '../../../core/result';
import type { HandlerContext } from '../handler-context';
import { writeFileAtomicAt } from '../store/atomic-write';
import { newRecordId } from '../store/record-store';
import type { OpenVault } from '../vault/open-vault';
import { PRACTICE_KINDS, type StoredReferral } from './practice-records';
import { readUtf8File } from './read-text-file';

type ReferralMethods = Pick<
  Handlers,
  | 'referrals.list'
  | 'referrals.create'
  | 'referrals.update'
  | 'referrals.remove'
  | 'referrals.importCsv'
  | 'referrals.exportCsv'
>;

const KIND = PRACTICE_KINDS.referral;
const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv'] }];

/** The directory's current contacts (removed ones left out), as plain copies. */
export function listReferrals(open: Pick<OpenVault, 'index'>): ReferralContact[] {
  return open.index
    .summaries<StoredReferral>(KIND)
    .filter((c) => !c.deleted)
    .map(({ deleted: _deleted, ...contact }) => structuredClone(contact));
}

/** One current contact, or a `not-found` AppError (also for a removed one). */
export function requireReferral(open: Pick<OpenVault, 'index'>, id: string): ReferralContact {
  const stored = open.index.summary<StoredReferral>(KIND, id);
  if (!stored || stored.deleted)
    throw new AppError('not-found', 'That contact is not in your directory.');
  const { deleted: _deleted, ...contact } = stored;
  return structuredClone(contact);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Creates the referral-directory methods; every one answers `locked` while the vault is locked. */
export function createReferralHandlers({ vault, now, dialogs }: HandlerContext): ReferralMethods {
  return {
    'referrals.list': ({ query }) =>
      vault.use(async (open) => searchReferrals(listReferrals(open), query)),

    'referrals.create': (data) =>
      vault.use(async ({ index }) => {
        const contact = newReferral(data, newRecordId(), now().toISOString());
        await index.save<StoredReferral>(KIND, contact.id, contact, 0);
        return contact;
      }),

    'referrals.update': ({ id, expectedRev, contact }) =>
      vault.use(async (open) => {
        const existing = requireReferral(open, id);
        if (existing.rev !== expectedRev || open.index.rev(KIND, id) !== expectedRev) {
          throw new AppError(
            'conflict',
            'This contact was changed elsewhere. Reload the directory and try again.',
          );
        }
        const next = reviseReferral(existing, contact, now().toISOString());
        await open.index.save<StoredReferral>(KIND, id, next, expectedRev);
        return next;
      }),

    'referrals.remove': ({ id }) =>
      vault.use(async (open) => {
        const existing = requireReferral(open, id);
        const rev = open.index.rev(KIND, id);
        const tombstone: StoredReferral = {
          ...existing,
          rev: existing.rev + 1,
          updatedAt: now().toISOString(),
          deleted: true,
        };
        await open.index.save<StoredReferral>(KIND, id, tombstone, rev);
        return { id };
      }),

    'referrals.importCsv': async () => {
      // Ask for the file outside `vault.use`, so an open dialog never holds up a lock.
      await vault.use(async () => undefined);
      const path = await dialogs.chooseOpenPath({
        title: 'Import referral contacts',
        filters: CSV_FILTERS,
      });
      if (!path) return { chosen: false as const };
      const text = await readUtf8File(path, MAX_REFERRAL_CSV_CHARS, 'CSV file');
      const report = importReferralsCsv(text);
      return vault.use(async ({ index }) => {
        const stamp = now().toISOString();
        for (const { contact } of report.imported) {
          const created = newReferral(contact, newRecordId(), stamp);
          await index.save<StoredReferral>(KIND, created.id, created, 0);
        }
        return {
          chosen: true as const,
          fileName: basename(path),
          created: report.imported.length,
          problems: report.problems,
          ignoredColumns: report.ignoredColumns,
        };
      });
    },

    'referrals.exportCsv': async ({ bom }) => {
      const contacts = await vault.use(async (open) => searchReferrals(listReferrals(open), ''));
      const path = await dialogs.chooseSavePath({
        title: 'Export referral contacts',
        defaultName: `referrals-${isoDay(now())}.csv`,
        filters: CSV_FILTERS,
      });
      if (!path) return { saved: false as const };
      try {
        await writeFileAtomicAt(path, Buffer.from(exportReferralsCsv(contacts, { bom }), 'utf8'));
      } catch {
        throw new AppError(
          'io',
          'The file could not be saved there. Choose another folder and try again.',
        );
      }
      return { saved: true as const, fileName: basename(path), count: contacts.length };
    },
  };
}
