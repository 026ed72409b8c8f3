import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  adjacentSwaps,
  boundedEditDistance,
  maxEditsFor,
  planQuery,
  storedTermAnswers,
  topK,
} from '../../../core/search';

/** Optimal string alignment distance (Levenshtein plus swaps of neighbours), the textbook table. */
function osaDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i += 1) {
    for (let j = 1; j <= y.length; j += 1) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[x.length]![y.length]!;
}

describe('typo allowance', () => {
  it('is none below 4 characters, 1 from 4, 2 from 8 (counting characters, not code units)', () => {
    expect([1, 2, 3, 4, 7, 8, 12].map((n) => maxEditsFor('a'.repeat(n)))).toEqual([
      0, 0, 0, 1, 1, 2, 2,
    ]);
    expect(maxEditsFor('𝒜𝒜𝒜')).toBe(0);
  });

  it('bounded edit distance agrees with the swap-aware (Damerau) distance up to the bound', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ö', '王'), maxLength: 9 });
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 10 }), letters),
        fc.oneof(fc.string({ maxLength: 10 }), letters),
        fc.integer({ min: 0, max: 3 }),
        (a, b, max) => {
          expect(boundedEditDistance(a, b, max)).toBe(Math.min(osaDistance(a, b), max + 1));
        },
      ),
    );
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(boundedEditDistance('mensha', 'mensah', 1)).toBe(1);
    expect(boundedEditDistance('ngyuen', 'nguyen', 1)).toBe(1);
    expect(storedTermAnswers('nowka', 'nowak')).toBe(true);
    expect(storedTermAnswers('sahni', 'sahin')).toBe(true);
  });

  it('lists the one-swap spellings of a term', () => {
    expect(adjacentSwaps('abca').sort()).toEqual(['abac', 'acba', 'baca']);
    expect(adjacentSwaps('aab')).toEqual(['aba']);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (term) => {
        for (const v of adjacentSwaps(term)) expect(boundedEditDistance(term, v, 1)).toBe(1);
      }),
    );
  });

  it('never typo-matches a term with a digit (years, record codes)', () => {
    expect(storedTermAnswers('2019', '2018')).toBe(false);
    expect(storedTermAnswers('00042', '00043')).toBe(false);
    expect(storedTermAnswers('2019', '20190042')).toBe(true);
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 99999 }),
        fc.integer({ min: 1000, max: 99999 }),
        (a, b) => {
          const x = String(a);
          const y = String(b);
          expect(storedTermAnswers(x, y)).toBe(y.startsWith(x));
        },
      ),
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
    expect(planQuery('couples c', true)).toMatchObject({
      required: [{ term: 'couples' }],
      optional: 'c',
    });
    expect(planQuery('couples c ', true).optional).toBeNull();
    expect(planQuery('c', true)).toMatchObject({
      required: [{ term: 'c', short: true }],
      optional: null,
    });
  });

  it('searches Chinese characters everywhere, and leaves private text out when asked', () => {
    expect(planQuery('王', true).required[0]).toMatchObject({ short: false });
    expect(planQuery('panic', false).required[0]!.fields).not.toContain('private');
  });
});

describe('topK', () => {
  it('equals sorting everything and taking the first k (stable)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 20 }), id: fc.nat() }), {
          maxLength: 300,
        }),
        fc.nat(40),
        (items, k) => {
          const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
          expect(topK(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
        },
      ),
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
