import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ItemAnswerSchema,
  REASON_FOR_ENDING_CODES,
  REASON_FOR_ENDING_LABELS,
  SessionContentSchema,
  canonicalJson,
  canonicalize,
  describeReason,
  isReasonComplete,
  newSessionContent,
  snapshotCrisisLine,
  OUTREACH_METHODS,
  OUTREACH_METHOD_LABELS,
  OUTREACH_OUTCOMES,
  OUTREACH_OUTCOME_LABELS,
} from '../../core/checklist';
import { ORS_PRESET } from '../../core/measures';
import { MAX_FIELD_CHARS } from '../../core/text';
import { AppError } from '../../core/result';
import { builtIn } from './template-fixtures';
import { answer, draft, update } from './checklist-fixtures';

const planned = builtIn('planned-ending');

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : 'not-app-error';
  }
  return undefined;
}

describe('text is kept exactly, up to a documented limit', () => {
  const samples = [
    'x'.repeat(100_000),
    '😀'.repeat(100_000),
    'مرحبا بك، هذه خطة الاستمرار في النمو',
    'שלום, זו התוכנית שלי להמשך',
    'Zoë Ørsted — e\u0301 (decomposed) and é (composed)',
    '  leading and trailing spaces \n\n kept  ',
  ];
  it('round-trips 100,000-character pastes, emoji, Arabic and Hebrew through update, canonical form and JSON', () => {
    for (const text of samples) {
      const r = update(draft(planned), [answer('closing-note', { text })]);
      expect(r.content.answers['closing-note']?.text).toBe(text);
      const stored = JSON.parse(JSON.stringify(r.content)) as unknown;
      expect(SessionContentSchema.parse(stored).answers['closing-note']?.text).toBe(text);
      expect(
        (JSON.parse(canonicalize(r.content)) as typeof r.content).answers['closing-note']?.text,
      ).toBe(text);
    }
  });
  it('refuses text past MAX_FIELD_CHARS with a message naming the limit', () => {
    expect(ItemAnswerSchema.safeParse({ text: 'x'.repeat(MAX_FIELD_CHARS) }).success).toBe(true);
    const over = ItemAnswerSchema.safeParse({ text: 'x'.repeat(MAX_FIELD_CHARS + 1) });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]?.message).toMatch(/200,000 characters/);
  });
});

describe('reason for ending', () => {
  it('has a label for every code, and "other" needs words', () => {
    expect(REASON_FOR_ENDING_CODES).toHaveLength(11);
    expect(REASON_FOR_ENDING_CODES).toContain('ended-by-message');
    for (const c of REASON_FOR_ENDING_CODES)
      expect(REASON_FOR_ENDING_LABELS[c].length).toBeGreaterThan(3);
    expect(isReasonComplete(null)).toBe(false);
    expect(isReasonComplete({ code: 'other', otherText: '  ' })).toBe(false);
    expect(isReasonComplete({ code: 'other', otherText: 'Retiring' })).toBe(true);
    expect(describeReason({ code: 'other', otherText: 'Retiring' })).toBe('Other: Retiring');
    expect(describeReason({ code: 'higher-level-of-care', otherText: '' })).toBe(
      'Higher level of care needed',
    );
  });
  it('outreach methods and outcomes are all labelled', () => {
    for (const m of OUTREACH_METHODS) expect(OUTREACH_METHOD_LABELS[m]).toBeTruthy();
    for (const o of OUTREACH_OUTCOMES) expect(OUTREACH_OUTCOME_LABELS[o]).toBeTruthy();
  });
});

describe('applying changes', () => {
  it('merges answer fields, and null handout choice returns to the default', () => {
    let r = update(draft(planned), [answer('opening-feelings', { covered: true })]);
    r = update(r, [answer('opening-feelings', { text: 'Nervous but proud', inHandout: true })]);
    expect(r.content.answers['opening-feelings']).toEqual({
      covered: true,
      text: 'Nervous but proud',
      inHandout: true,
    });
    r = update(r, [answer('opening-feelings', { inHandout: null })]);
    expect(r.content.answers['opening-feelings']).toEqual({
      covered: true,
      text: 'Nervous but proud',
    });
    expect(r.changes).toEqual([
      'Changed “How are you feeling about today being our last session?” (Opening)',
    ]);
  });
  it('refuses what the template does not allow', () => {
    const d = draft(planned);
    expect(code(() => update(d, [answer('no-such-item', { text: 'x' })]))).toBe('invalid-input');
    expect(code(() => update(d, [answer('goals', { text: 'x' })]))).toBe('invalid-input');
    expect(code(() => update(d, [answer('reflection', { inHandout: true })]))).toBe(
      'invalid-input',
    );
    expect(code(() => update(d, [answer('reflection-learned', { inHandout: true })]))).toBe(
      'invalid-input',
    );
    expect(
      code(() =>
        update(d, [answer('warning-signs', { entries: [{ id: 'a', values: { feeling: 'x' } }] })]),
      ),
    ).toBe('invalid-input');
    expect(
      code(() =>
        update(d, [
          answer('measures', {
            scores: [{ id: 's', measureId: 'ors', date: '2025-01-01', score: 30 }],
          }),
        ]),
      ),
    ).toBe('invalid-input');
    expect(() =>
      update(d, [
        answer('measures', {
          scores: [{ id: 's', measureId: 'phq-9', date: '2025-01-01', score: 28 }],
        }),
      ]),
    ).toThrow();
    expect(
      update(d, [answer('reflection', { inHandout: false })]).content.answers['reflection'],
    ).toEqual({ inHandout: false });
  });
  it('checks custom-measure scores against their definition', () => {
    const d = update(draft(planned), [{ op: 'custom-measures', measures: [ORS_PRESET] }]);
    const ok = update(d, [
      answer('measures', {
        scores: [{ id: 's', measureId: 'ors', date: '2025-01-01', score: 31.5 }],
      }),
    ]);
    expect(ok.content.answers['measures']?.scores?.[0]?.score).toBe(31.5);
    expect(
      code(() =>
        update(d, [
          answer('measures', {
            scores: [{ id: 's', measureId: 'ors', date: '2025-01-01', score: 41 }],
          }),
        ]),
      ),
    ).toBe('invalid-input');
    // Removing a definition that scores still use is refused too.
    expect(code(() => update(ok, [{ op: 'custom-measures', measures: [] }]))).toBe('invalid-input');
    // A custom measure cannot take a built-in's id.
    expect(
      code(() =>
        update(d, [{ op: 'custom-measures', measures: [{ ...ORS_PRESET, id: 'phq-9' }] }]),
      ),
    ).toBe('invalid-input');
  });
  it('snapshots a listed crisis line with only its client-facing fields', () => {
    const listed = {
      id: 'lifeline-nz',
      region: 'NZ',
      name: 'Lifeline',
      how: ['call' as const],
      contact: '0800 543 354',
      instructions: '',
      hours: '24/7',
      languages: ['en'],
      emergency: false,
      lastChecked: '2025-01-01',
      source: 'https://example.org',
      origin: 'shipped' as const,
    };
    const snap = snapshotCrisisLine(listed);
    expect(snap).toEqual({
      id: 'lifeline-nz',
      name: 'Lifeline',
      how: ['call'],
      contact: '0800 543 354',
      instructions: '',
      hours: '24/7',
      region: 'NZ',
      emergency: false,
    });
    expect(
      update(draft(planned), [answer('crisis-lines', { crisisLines: [snap] })]).content.answers[
        'crisis-lines'
      ]?.crisisLines,
    ).toEqual([snap]);
  });

  it('never changes its input', () => {
    const d = draft(planned);
    const before = JSON.stringify(d);
    update(d, [answer('closing-note', { text: 'Bye' }), { op: 'risk', riskConcern: true }]);
    expect(JSON.stringify(d)).toBe(before);
  });
});

describe('canonical form', () => {
  it('is independent of key order and stable under re-parsing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        const reversed = JSON.parse(JSON.stringify(value), (_k, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        ) as unknown;
        expect(canonicalJson(reversed)).toBe(text);
      }),
    );
  });
  it('sorts keys, drops undefined, refuses non-JSON values', () => {
    expect(canonicalJson({ b: 1, a: [true, null], c: undefined, d: -0 })).toBe(
      '{"a":[true,null],"b":1,"d":0}',
    );
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson({ a: new Date(0) })).toThrow();
    expect(() => canonicalJson(() => 1)).toThrow();
  });
  it('differs when any text differs, even by Unicode normalisation', () => {
    const a = newSessionContent(planned);
    const b = { ...a, answers: { 'closing-note': { text: 'é' } } };
    const c = { ...a, answers: { 'closing-note': { text: 'e\u0301' } } };
    expect(canonicalize(b)).not.toBe(canonicalize(c));
  });
});
