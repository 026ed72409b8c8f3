// The agreed check-in is a record-level field when two computers' versions are merged: it follows
// the record-fields choice, 'both' keeps whichever side has one, and a side without it merges
// without the key (so the merged record hashes like one that never had it).
import { describe, expect, it } from 'vitest';
import { newSessionContent, type SessionContent } from '../../../core/checklist/content-schema';
import {
  mergeSessionContent,
  RECORD_FIELDS,
  sectionDifferences,
} from '../../../core/sync/merge-session-content';
import { builtIn } from '../template-fixtures';

const template = builtIn('planned-ending');
const base = newSessionContent(template);
const withCheckIn: SessionContent = { ...base, checkIn: { date: '2025-06-12', kind: 'booster' } };

describe('merging the agreed check-in', () => {
  it('counts as a record-field difference', () => {
    const record = sectionDifferences(template, base, withCheckIn).find(
      (d) => d.sectionId === RECORD_FIELDS,
    );
    expect(record?.differs).toBe(true);
  });

  it('follows the record-fields choice', () => {
    expect(
      mergeSessionContent(template, base, withCheckIn, { [RECORD_FIELDS]: 'theirs' }).checkIn,
    ).toEqual(withCheckIn.checkIn);
    const mine = mergeSessionContent(template, withCheckIn, base, { [RECORD_FIELDS]: 'theirs' });
    expect('checkIn' in mine).toBe(false);
    expect(
      mergeSessionContent(template, base, withCheckIn, { [RECORD_FIELDS]: 'both' }).checkIn,
    ).toEqual(withCheckIn.checkIn);
    expect('checkIn' in mergeSessionContent(template, base, base, {})).toBe(false);
  });
});
