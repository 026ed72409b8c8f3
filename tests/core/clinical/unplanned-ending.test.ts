// The Unplanned ending template: no session took place, so finalizing asks only for what such
// an ending needs; outreach attempts record consent to the channel without invalidating old records.
import { describe, expect, it } from 'vitest';
import {
  canonicalize,
  checkSessionContent,
  missingForFinalize,
  newSessionContent,
  OutreachEntrySchema,
} from '../../../core/checklist';
import { allItems } from '../../../core/template';
import { builtIn } from '../template-fixtures';
import { draft, update } from '../checklist-fixtures';

describe('Unplanned ending', () => {
  const t = builtIn('unplanned-ending');

  it('holds no item for a session that never happened', () => {
    const ids = allItems(t).map(({ item }) => item.id);
    for (const id of [
      'goals',
      'measures',
      'coping-toolkit',
      'warning-signs',
      'return-policy',
      'ongoing-goals',
      'crisis-lines',
    ])
      expect(ids).not.toContain(id);
    for (const id of ['risk-at-discharge', 'reason-for-ending', 'safety-plan', 'reflection'])
      expect(ids).toContain(id);
    expect(t.sections.find((s) => s.id === 'closing-the-record')?.guidance).toMatch(
      /two or three attempts over two to four weeks/,
    );
  });

  it('finalize asks only for the risk known at last contact once the reason is recorded', () => {
    const content = update(draft(t), [
      { op: 'reason', reason: { code: 'stopped-attending' } },
    ]).content;
    expect(missingForFinalize(t, content).map((m) => m.label)).toEqual([
      'Risk known at last contact',
    ]);
    const done = update(draft(t), [
      { op: 'reason', reason: { code: 'stopped-attending' } },
      { op: 'risk-at-discharge', risk: { date: '2025-08-26', level: 'none', note: '' } },
    ]).content;
    expect(missingForFinalize(t, done)).toEqual([]);
  });
});

describe('outreach consent', () => {
  const attempt = { id: 'a1', date: '2025-09-02', method: 'phone', outcome: 'no-answer', note: '' };
  it('is recorded per attempt, and an attempt recorded before it existed keeps its canonical form', () => {
    expect(OutreachEntrySchema.parse({ ...attempt, consent: 'agreed' }).consent).toBe('agreed');
    expect(() => OutreachEntrySchema.parse({ ...attempt, consent: 'maybe' })).toThrow();
    const old = { ...newSessionContent({ id: 'brief-ending', version: 1 }), outreach: [attempt] };
    expect(canonicalize(checkSessionContent(JSON.parse(JSON.stringify(old))))).toBe(
      canonicalize(old as never),
    );
  });
});
