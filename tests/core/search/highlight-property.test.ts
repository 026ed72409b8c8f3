import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createArchiveIndex,
  foldText,
  indexedForms,
  storedTermAnswers,
  wordRanges,
  type ArchiveHit,
  type HighlightedText,
  type SearchDocument,
} from '../../../core/search';
import { makeDoc } from './search-fixtures';

const WORDS = [
  'Zoë',
  'Ørsted',
  'José',
  'Łukasz',
  'Straße',
  'anxiety',
  'breathing',
  'Harbourlight',
  'counselling',
  'relapse',
  'Νίκος',
  'άγχος',
  'Фёдорова',
  'тревога',
  'דנה',
  'חרדה',
  'محمد',
  'الأحمد',
  'قلق',
  '王小明',
  '焦虑',
  'O’Brien',
  'sleep',
  'panic',
];

const sentence = fc
  .array(fc.constantFrom(...WORDS, ' ', ', ', ' — ', '. '), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.join(' '));

const docArb = fc.record({
  clientDisplayName: fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
    .map((w) => w.join(' ')),
  goals: fc.array(sentence, { maxLength: 3 }),
  notes: fc.array(
    fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' ')),
    { maxLength: 3 },
  ),
  privateReflection: fc.array(sentence, { maxLength: 2 }),
  referrals: fc.array(
    fc.record({ name: sentence, kind: fc.constantFrom('Peer support group', 'Psychiatrist') }),
    { maxLength: 2 },
  ),
});

/** How a clinician might mistype a word: as is, folded, upper case, or one letter changed. */
const variant = fc.constantFrom('as-is', 'folded', 'upper', 'typo');

function typed(word: string, how: string, position: number): string {
  if (how === 'folded') return foldText(word);
  if (how === 'upper') return word.toUpperCase();
  if (how === 'typo') {
    // One letter changed in the word as stored (folded), so it is exactly one edit away.
    const chars = Array.from(foldText(word));
    if (chars.length < 4 || /\p{sc=Han}/u.test(word)) return word;
    chars[position % chars.length] = 'x';
    return chars.join('');
  }
  return word;
}

function checkRanges(h: HighlightedText, queryTerms: string[]): void {
  let previousEnd = -1;
  for (const r of h.highlights) {
    expect(r.start).toBeGreaterThan(previousEnd);
    expect(r.end).toBeGreaterThan(r.start);
    expect(r.end).toBeLessThanOrEqual(h.text.length);
    previousEnd = r.end;
    const slice = h.text.slice(r.start, r.end);
    const words = wordRanges(slice).map((w) => slice.slice(w.start, w.end));
    expect(words.join('')).toBe(slice.replace(/[^\p{L}\p{N}\p{M}'’ʼ‘]/gu, ''));
    for (const word of words) {
      const forms = indexedForms(foldText(word));
      expect(forms.some((form) => queryTerms.some((q) => storedTermAnswers(q, form)))).toBe(true);
    }
  }
}

function allHighlighted(hit: ArchiveHit): HighlightedText[] {
  return [
    hit.clientName,
    hit.recordCode,
    ...(hit.preferredName ? [hit.preferredName] : []),
    ...(hit.snippet ? [hit.snippet] : []),
  ];
}

describe('highlights', () => {
  it('point at words that match what was typed, and the document is found with its word marked', () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        variant,
        fc.nat(),
        (parts, pick, how, position) => {
          const docs: SearchDocument[] = parts.map((p) => makeDoc(p));
          const index = createArchiveIndex({ locale: 'en' });
          for (const d of docs) index.upsert(d);
          const target = docs[pick % docs.length] as SearchDocument;
          const texts = [
            target.clientDisplayName,
            ...target.goals,
            ...target.notes,
            ...target.referrals.map((r) => r.name),
          ];
          const candidates = texts
            .flatMap((t) => wordRanges(t).map((r) => t.slice(r.start, r.end)))
            .filter((w) => Array.from(w).length >= 3 || /\p{sc=Han}/u.test(w));
          fc.pre(candidates.length > 0);
          const word = candidates[position % candidates.length] as string;
          const query = typed(word, how, position);
          const result = index.search({ text: query, limit: 200 });
          const hit = result.hits.find((h) => h.sessionId === target.sessionId);
          expect(hit).toBeDefined();
          for (const h of result.hits)
            for (const text of allHighlighted(h)) checkRanges(text, result.terms);
          const marked = allHighlighted(hit!).reduce((n, t) => n + t.highlights.length, 0);
          expect(marked).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never put markup in results: output text is exactly the stored text or a cut of it', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.string({ minLength: 3, maxLength: 12 }),
        (note, name) => {
          const index = createArchiveIndex();
          index.upsert(makeDoc({ clientDisplayName: name, notes: [`${note} panic ${note}`] }));
          for (const hit of index.search({ text: 'panic' }).hits) {
            expect(hit.clientName.text).toBe(name);
            const snippet = hit.snippet!.text.replace(/^…|…$/gu, '');
            expect(`${note} panic ${note}`.replace(/\s+/gu, ' ').trim()).toContain(snippet);
          }
        },
      ),
    );
  });
});
