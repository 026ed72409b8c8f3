import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundedEditDistance, maxEditsFor, planQuery, storedTermAnswers, topK } from '../../../core/search';

function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i += 1) {
    for (let j = 1; j <= y.length; j += 1) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
  }
  return d[x.length]![y.length]!;
}

describe('typo allowance', () => {
  it('is none below 4 characters, 1 from 4, 2 from 8 (counting characters, not code units)', () => {
    expect([1, 2, 3, 4, 7, 8, 12].map((n) => maxEditsFor('a'.repeat(n)))).toEqual([0, 0, 0, 1, 1, 2, 2]);
    expect(maxEditsFor('𝒜𝒜𝒜')).toBe(0);
  });

  it('bounded edit distance agrees with Levenshtein up to the bound', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(boundedEditDistance(a, b, max)).toBe(Math.min(levenshtein(a, b), max + 1));
      }),
    );
  });

  it('a stored term answers a typed one by prefix or within the allowance', () => {
    expect(storedTermAnswers('ors', 'orsted')).toBe(true);
    expect(storedTermAnswers('orstd', 'orsted')).toBe(true);
    expect(storedTermAnswers('xoe', 'zoe')).toBe(false);
    expect(storedTermAnswers('王', '王')).toBe(true);
  });
});

describe('query plan', () => {
  it('looks up long words everywhere and short words in names and codes only', () => {
    const plan = planQuery('jo garcia', true);
    expect(plan.required.map((p) => [p.term, p.short, p.fields.join(',')])).toEqual([
      ['jo', true, 'name,code'],
      ['garcia', false, 'name,code,referrals,clinical,about,notes,private'],
    ]);
    expect(plan.optional).toBeNull();
  });

  it('treats a short last word still being typed as optional', () => {
    expect(planQuery('couples c', true)).toMatchObject({ required: [{ term: 'couples' }], optional: 'c' });
    expect(planQuery('couples c ', true).optional).toBeNull();
    expect(planQuery('c', true)).toMatchObject({ required: [{ term: 'c', short: true }], optional: null });
  });

  it('searches Chinese characters everywhere, and leaves private text out when asked', () => {
    expect(planQuery('王', true).required[0]).toMatchObject({ short: false });
    expect(planQuery('panic', false).required[0]!.fields).not.toContain('private');
  });
});

describe('topK', () => {
  it('equals sorting everything and taking the first k (stable)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 20 }), id: fc.nat() }), { maxLength: 300 }), fc.nat(40), (items, k) => {
        const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(topK(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
      }),
    );
  });
});

describe('query bounds', () => {
  it('looks at no more than 12 words of at most 200 characters', () => {
    const many = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    expect(planQuery(many, true).terms).toHaveLength(12);
    expect(planQuery(`${'x'.repeat(300)}`, true).terms[0]).toHaveLength(200);
  });
});
