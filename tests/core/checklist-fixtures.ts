// Builds realistic session content through the same update path the app uses.
import { createHash } from 'node:crypto';
import {
  applyUpdate,
  draftFinalization,
  newSessionContent,
  type ChecklistRecord,
  type ContentChange,
  type ContentUpdate,
  type Stamp,
} from '../../core/checklist';
import { ContentUpdateSchema } from '../../core/checklist';
import type { Template } from '../../core/template';

/** SHA-256 hex, as the services compute it. */
export const sha256 = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

/** A fixed stamp for tests. */
export const stamp = (at = '2025-05-01T10:00:00.000Z'): Stamp => ({ at, hash: sha256 });

/** A new draft record for a template. */
export function draft(template: Template): ChecklistRecord {
  return { template, content: newSessionContent(template), finalization: draftFinalization() };
}

/** Parses an update the way dispatch would, then applies it. */
export function update(
  record: ChecklistRecord,
  changes: unknown[],
  amendment?: { reason: string },
  at?: string,
) {
  const parsed: ContentUpdate = ContentUpdateSchema.parse(
    amendment ? { changes, amendment } : { changes },
  );
  return applyUpdate(record, parsed, stamp(at));
}

/** Shorthand for an answer change. */
export const answer = (itemId: string, a: Record<string, unknown>): ContentChange =>
  ({ op: 'answer', itemId, answer: a }) as ContentChange;

/** Every change needed to fill the Planned ending's required items (no risk). */
export function requiredChanges(): unknown[] {
  return [
    answer('goals', {
      goals: [
        {
          id: 'g1',
          goal: 'Sleep through the night',
          start: 2,
          now: 7,
          clientWords: 'I wake up rested most days',
        },
      ],
    }),
    answer('coping-toolkit', { entries: [{ id: 'e1', values: { text: 'Walk by the river' } }] }),
    answer('warning-signs', {
      entries: [
        {
          id: 'w1',
          values: { sign: 'Skipping meals', action: 'Plan a simple meal', contact: 'My sister' },
        },
      ],
    }),
    answer('crisis-lines', {
      crisisLines: [
        {
          id: 'c1',
          name: 'Local crisis line',
          how: ['call', 'text'],
          contact: '000',
          region: 'NZ',
        },
      ],
    }),
    answer('return-policy', {
      text: 'Call the practice any time; we can usually offer a session within two weeks.',
    }),
    { op: 'reason', reason: { code: 'goals-met' } },
    { op: 'risk-at-discharge', risk: { date: '2025-05-01', level: 'none', note: '' } },
  ];
}

/** A filled safety plan (every needed step). */
export const fullSafetyPlan = {
  warningSigns: ['Not sleeping'],
  copingAlone: ['Breathing exercise'],
  distractions: ['The library'],
  askForHelp: ['My sister'],
  professionals: ['My doctor', 'Crisis line'],
  saferSurroundings: ['Medication kept by my partner'],
  reasonsForLiving: [],
};
