// The keepsakes in the record: the agreed check-in is optional in the session schema (older
// records validate and hash as before), set and cleared through its own change; the planned
// ending has a letter-to-my-future-self item kept out of the handout unless switched on and out of
// the discharge summary always; check-ins due come from finalized summaries only.
import { describe, expect, it } from 'vitest';
import {
  canonicalize,
  checkSessionContent,
  newSessionContent,
  SessionContentSchema,
} from '../../../core/checklist';
import { buildDischargeSummary, buildHandout } from '../../../core/handout-model';
import { checkInsDue } from '../../../core/sessions/check-ins-due';
import type { SessionSummary } from '../../../core/sessions/session';
import { draft, update } from '../checklist-fixtures';
import { sampleSource } from '../handout-model/source-fixture';
import { textOf } from '../handout-model/text-of';
import { builtIn } from '../template-fixtures';

const planned = builtIn('planned-ending');

describe('check-in in the session schema', () => {
  it('an older record without it still validates and canonicalizes without the key', () => {
    const old = JSON.parse(JSON.stringify(newSessionContent(planned))) as Record<string, unknown>;
    const parsed = checkSessionContent(old);
    expect(parsed.checkIn).toBeUndefined();
    expect(canonicalize(parsed)).not.toContain('checkIn');
  });

  it('keeps a dated check-in or booster and refuses a bad date or kind', () => {
    const base = newSessionContent(planned);
    expect(
      SessionContentSchema.safeParse({ ...base, checkIn: { date: '2025-06-12', kind: 'booster' } })
        .success,
    ).toBe(true);
    for (const checkIn of [
      { date: '12/06/2025', kind: 'check-in' },
      { date: '2025-06-12', kind: 'coffee' },
      { date: '2025-06-12', kind: 'check-in', note: 'private' },
    ])
      expect(SessionContentSchema.safeParse({ ...base, checkIn }).success).toBe(false);
  });

  it('is set and cleared by its own change', () => {
    const set = update(draft(planned), [
      { op: 'check-in', checkIn: { date: '2025-06-12', kind: 'check-in' } },
    ]);
    expect(set.content.checkIn).toEqual({ date: '2025-06-12', kind: 'check-in' });
    const cleared = update(
      { template: planned, content: set.content, finalization: set.finalization },
      [{ op: 'check-in', checkIn: null }],
    );
    expect('checkIn' in cleared.content).toBe(false);
  });
});

describe('the letter to my future self in the planned ending', () => {
  it('is a longer-notes item of both planned endings, out of the handout unless switched on', () => {
    for (const template of [planned, builtIn('brief-ending')]) {
      const item = template.sections
        .flatMap((s) => s.items)
        .find((i) => i.id === 'future-self-letter');
      expect(item, template.id).toMatchObject({
        kind: 'long-text',
        inHandoutDefault: false,
        private: false,
      });
    }
  });

  it('the handout model gives it a page of its own only when chosen; the discharge summary never', () => {
    const letter = (inHandout: boolean) => [
      {
        op: 'answer',
        itemId: 'future-self-letter',
        answer: { text: 'Dear me — דנה לוי wrote this.', inHandout },
      },
    ];
    const on = buildHandout(sampleSource({}, letter(true)));
    const at = on.blocks.findIndex(
      (b) => b.type === 'heading' && b.text === 'A letter to my future self',
    );
    expect(at).toBeGreaterThan(0);
    expect(on.blocks[at - 1]).toEqual({ type: 'pageBreak' });
    expect(textOf(on)).toContain('Dear me — דנה לוי wrote this.');
    expect(textOf(buildHandout(sampleSource({}, letter(false))))).not.toContain('Dear me');
    expect(textOf(buildDischargeSummary(sampleSource({}, letter(true))))).not.toContain('Dear me');
  });
});

describe('the letter page keeps the client’s words as typed', () => {
  it('line breaks stay; blank lines start a new paragraph in its own direction', () => {
    const doc = buildHandout(
      sampleSource({}, [
        {
          op: 'answer',
          itemId: 'future-self-letter',
          answer: { text: 'Dear me,  \nkeep going.\n\nמכתב קצר\nLove, me', inHandout: true },
        },
      ]),
    );
    const at = doc.blocks.findIndex(
      (b) => b.type === 'heading' && b.text === 'A letter to my future self',
    );
    expect(doc.blocks.slice(at + 2)).toEqual([
      { type: 'paragraph', text: 'Dear me,\nkeep going.', direction: 'auto' },
      { type: 'paragraph', text: 'מכתב קצר\nLove, me', direction: 'auto' },
    ]);
  });
});

describe('check-ins due', () => {
  const summary = (id: string, status: 'draft' | 'finalized', date?: string): SessionSummary => ({
    id,
    clientId: `c-${id}`,
    kind: 'closing-session',
    status,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    templateId: 'planned-ending',
    templateName: 'Planned ending',
    finalizedAt: status === 'finalized' ? '2025-03-14T10:00:00.000Z' : null,
    reasonForEnding: null,
    ...(date ? { checkIn: { date, kind: 'check-in' as const } } : {}),
  });

  it('lists finalized sessions with a check-in on or before the day, earliest first', () => {
    const list = [
      summary('b', 'finalized', '2025-06-20'),
      summary('a', 'finalized', '2025-06-12'),
      summary('d', 'draft', '2025-06-01'),
      summary('e', 'finalized'),
      summary('f', 'finalized', '2025-07-01'),
    ];
    expect(checkInsDue(list, '2025-06-30').map((d) => d.sessionId)).toEqual(['a', 'b']);
    expect(checkInsDue(list, '2025-06-11')).toEqual([]);
  });
});
