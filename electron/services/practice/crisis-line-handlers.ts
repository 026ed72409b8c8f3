/** The crisis-line methods: the shipped list plus the clinician's own lines and corrections (vault records). */
import type { Handlers } from '../../../core/contract';
import {
  allRegions,
  type ClinicianCrisisLine,
  type CrisisLine,
  crisisLinesView,
  regionsWithLines,
} from '../../../core/crisis-lines';
import { AppError } from '../../../core/result';
import type { HandlerContext } from '../handler-context';
import { loadCrisisLines } from '../settings/crisis-lines-file';
import { newRecordId } from '../store/record-store';
import type { OpenVault } from '../vault/open-vault';
import { PRACTICE_KINDS, type StoredCrisisLine } from './practice-records';

type CrisisLineMethods = Pick<
  Handlers,
  'crisisLines.list' | 'crisisLines.upsert' | 'crisisLines.remove' | 'crisisLines.regions'
>;

const KIND = PRACTICE_KINDS.crisisLine;

/** The clinician's current lines and corrections (removed ones left out). */
export function listClinicianCrisisLines(open: Pick<OpenVault, 'index'>): ClinicianCrisisLine[] {
  return open.index
    .summaries<StoredCrisisLine>(KIND)
    .filter((s) => !s.deleted)
    .map((s) => structuredClone(s.line));
}

/** Finds the record holding the clinician's line with this id (removed ones too). */
function recordIdOf(open: Pick<OpenVault, 'index'>, lineId: string): string | undefined {
  return open.index.summaries<StoredCrisisLine>(KIND).find((s) => s.line.id === lineId)?.recordId;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Creates the crisis-line methods over the shipped list in `resourcesDir` and the vault. */
export function createCrisisLineHandlers({
  vault,
  now,
  resourcesDir,
}: HandlerContext): CrisisLineMethods {
  let shipped: CrisisLine[] | undefined;
  const shippedLines = () => (shipped ??= loadCrisisLines(resourcesDir));

  return {
    'crisisLines.list': ({ region }) =>
      vault.use(async (open) =>
        crisisLinesView(shippedLines(), region, listClinicianCrisisLines(open), isoDay(now())),
      ),

    'crisisLines.upsert': (line) =>
      vault.use(async (open) => {
        const shippedIds = new Set(shippedLines().map((l) => l.id));
        if (shippedIds.has(line.id)) {
          throw new AppError(
            'invalid-input',
            'That id belongs to a built-in line. Save your version as a correction with its own id.',
            { id: 'Choose another id.' },
          );
        }
        const recordId = recordIdOf(open, line.id);
        const stored: StoredCrisisLine = {
          line,
          updatedAt: now().toISOString(),
          recordId: recordId ?? newRecordId(),
        };
        await open.index.save<StoredCrisisLine>(
          KIND,
          stored.recordId,
          stored,
          recordId ? open.index.rev(KIND, recordId) : 0,
        );
        return structuredClone(line);
      }),

    'crisisLines.remove': ({ id }) =>
      vault.use(async (open) => {
        const recordId = recordIdOf(open, id);
        const current = recordId ? open.index.summary<StoredCrisisLine>(KIND, recordId) : undefined;
        if (!recordId || !current || current.deleted)
          throw new AppError('not-found', 'That line is not one of yours.');
        await open.index.save<StoredCrisisLine>(
          KIND,
          recordId,
          { ...current, deleted: true, updatedAt: now().toISOString() },
          open.index.rev(KIND, recordId),
        );
        return { id };
      }),

    'crisisLines.regions': ({ displayLanguage }) =>
      vault.use(async (open) => ({
        all: allRegions(displayLanguage),
        withLines: regionsWithLines(
          shippedLines(),
          listClinicianCrisisLines(open),
          displayLanguage,
        ),
      })),
  };
}
