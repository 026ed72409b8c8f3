// Builds a DocumentSource from the sample session through the same update path the app uses.
import {
  newSessionContent,
  draftFinalization,
  finalizeRecord,
  type ChecklistRecord,
} from '../../../core/checklist';
import type { DocumentSource } from '../../../core/handout-model/source';
import { builtIn } from '../template-fixtures';
import { stamp, update } from '../checklist-fixtures';
import {
  SAMPLE_CLIENT,
  SAMPLE_HANDOUT,
  SAMPLE_PROFILE,
  sampleChanges,
  sampleCrisisLines,
} from './sample-session';

/** The sample session as a finalized checklist record. */
export function sampleRecord(extraChanges: unknown[] = []): ChecklistRecord {
  const template = builtIn('planned-ending');
  const start: ChecklistRecord = {
    template,
    content: newSessionContent(template),
    finalization: draftFinalization(),
  };
  const filled = update(start, [...sampleChanges(), ...extraChanges]);
  const record = { template, content: filled.content, finalization: filled.finalization };
  return { ...record, finalization: finalizeRecord(record, stamp('2025-03-14T10:00:00.000Z')) };
}

/** A document source over the sample session. */
export function sampleSource(
  over: Partial<DocumentSource> = {},
  extraChanges: unknown[] = [],
): DocumentSource {
  const record = sampleRecord(extraChanges);
  return {
    template: record.template,
    content: record.content,
    finalization: record.finalization,
    client: SAMPLE_CLIENT,
    profile: SAMPLE_PROFILE,
    handout: SAMPLE_HANDOUT,
    crisisLines: sampleCrisisLines().slice(0, 1),
    date: '2025-03-14',
    creationDate: '2025-03-14T10:30:00.000Z',
    ...over,
  };
}
