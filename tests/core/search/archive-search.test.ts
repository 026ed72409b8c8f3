import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createArchiveIndex, type ArchiveIndex, type SearchDocument } from '../../../core/search';
import { makeDoc, sampleArchive } from './search-fixtures';

function indexOf(docs: SearchDocument[]): ArchiveIndex {
  const index = createArchiveIndex({ locale: 'en' });
  for (const d of docs) index.upsert(d);
  return index;
}

function names(
  index: ArchiveIndex,
  text: string,
  extra: Partial<Parameters<ArchiveIndex['search']>[0]> = {},
): string[] {
  return index.search({ text, ...extra }).hits.map((h) => h.clientName.text);
}

describe('archive search: names in any script, typos and accents', () => {
  const index = indexOf(sampleArchive());

  it.each([
    ['zoe orsted', 'Zoë Ørsted'],
    ['ZOË ØRSTED', 'Zoë Ørsted'],
    ['Orstd', 'Zoë Ørsted'],
    ['orsred', 'Zoë Ørsted'],
    ['jose', 'José Álvarez'],
    ['alvarez', 'José Álvarez'],
    ['王', '王小明'],
    ['小明', '王小明'],
    ['דנה', 'דנה לוי'],
    ['מחמד', undefined],
    ['محمد', 'محمد الأحمد'],
    ['الاحمد', 'محمد الأحمد'],
    ['احمد', 'محمد الأحمد'],
    ['lukasz dordevic', 'Łukasz Đorđević'],
    ['νικος', 'Νίκος Παπαδόπουλος'],
    ['ΠΑΠΑΔΟΠΟΥΛΟΣ', 'Νίκος Παπαδόπουλος'],
    ['pepe', 'José Álvarez'],
    ['CS-2023-014', 'Zoë Ørsted'],
    ['cs2023014', 'Zoë Ørsted'],
  ])('%j finds %j', (query, expected) => {
    const found = names(index, query);
    if (expected === undefined) expect(found).toEqual([]);
    else expect(found[0]).toBe(expected);
  });

  it('matches prefixes as you type', () => {
    expect(names(index, 'zo')).toContain('Zoë Ørsted');
    expect(names(index, 'zoe ør')).toEqual(['Zoë Ørsted']);
  });

  it('allows no typo below 4 characters, 1 from 4 and 2 from 8', () => {
    expect(names(index, 'xoe')).toEqual([]); // 3 characters: exact or prefix only
    expect(names(index, 'Orstad')).toEqual(['Zoë Ørsted']); // 6 characters, 1 edit
    expect(names(index, 'Orstaad')).toEqual([]); // 7 characters, 2 edits: too many
    expect(names(index, 'kowalsky')).toEqual(['Ana Kowalski']); // 8 characters, 1 edit
    expect(names(index, 'kovalsky')).toEqual(['Ana Kowalski']); // 8 characters, 2 edits
    expect(names(index, 'kovalskyy')).toEqual([]); // 3 edits
  });

  it("finds the session that used a referral's organisation", () => {
    const result = index.search({ text: 'harbourlight collective' });
    expect(result.hits.map((h) => h.clientName.text)).toEqual(['Ana Kowalski']);
    const hit = result.hits[0];
    expect(hit?.matchedIn).toEqual(['referrals']);
    expect(hit?.snippet?.source).toBe('referrals');
  });

  it('needs every typed word to match (AND); otherwise it shows the partial matches as close ones', () => {
    const result = index.search({ text: 'zoe kowalski' });
    expect(result.closeMatches).toBe(true);
    expect(result.hits.map((h) => h.clientName.text).sort()).toEqual([
      'Ana Kowalski',
      'Zoë Ørsted',
    ]);
    expect(index.search({ text: 'zoe orsted' }).closeMatches).toBe(false);
    expect(index.search({ text: 'nobodyatall' })).toMatchObject({ total: 0, closeMatches: false });
  });

  it('returns nothing for a query with no match, and lists everything for an empty one', () => {
    expect(index.search({ text: 'qqqqzzzz' }).total).toBe(0);
    expect(index.search({ text: '  ' }).total).toBe(8);
    expect(index.search({ text: '— ! ?' }).total).toBe(8);
  });

  it('ranks a name match above a notes match', () => {
    const idx = indexOf([
      makeDoc({ clientDisplayName: 'Riley Brook', notes: ['Talked about Morgan, her sister'] }),
      makeDoc({ clientDisplayName: 'Morgan Hale' }),
    ]);
    expect(names(idx, 'morgan')).toEqual(['Morgan Hale', 'Riley Brook']);
  });
});

describe('archive search: private reflection', () => {
  const index = indexOf(sampleArchive());

  it('marks a result found only through the private reflection', () => {
    const [hit] = index.search({ text: 'countertransference' }).hits;
    expect(hit?.privateOnly).toBe(true);
    expect(hit?.matchedIn).toEqual(['private']);
    expect(hit?.snippet?.source).toBe('privateReflection');
  });

  it('marks it when one typed word matched only private text, even if another matched the name', () => {
    const [hit] = index.search({ text: 'νίκος impatience' }).hits;
    expect(hit?.clientName.text).toBe('Νίκος Παπαδόπουλος');
    expect(hit?.privateOnly).toBe(true);
  });

  it('does not mark a result whose words all match shared text', () => {
    const idx = indexOf([
      makeDoc({ goals: ['Sleep through the night'], privateReflection: ['Sleep came up again'] }),
    ]);
    const [hit] = idx.search({ text: 'sleep' }).hits;
    expect(hit?.privateOnly).toBe(false);
    expect(hit?.matchedIn).toEqual(['clinical', 'private']);
    expect(hit?.snippet?.source).toBe('goals');
  });

  it('leaves the private reflection out when asked', () => {
    expect(index.search({ text: 'countertransference', includePrivate: false }).total).toBe(0);
  });
});

describe('archive search: results are plain text', () => {
  it('never adds markup, and keeps markup typed by the clinician as plain text', () => {
    const idx = indexOf([
      makeDoc({
        clientDisplayName: 'Lee <b>Bold</b>',
        notes: ['Said "<script>x</script>" & laughed about panic'],
      }),
    ]);
    const [hit] = idx.search({ text: 'panic' }).hits;
    expect(hit?.snippet?.text).toBe('Said "<script>x</script>" & laughed about panic');
    expect(hit?.clientName.text).toBe('Lee <b>Bold</b>');
    const range = hit?.snippet?.highlights[0];
    expect(range && hit?.snippet?.text.slice(range.start, range.end)).toBe('panic');
  });

  it('cuts a long passage around the first match, at word boundaries, with ellipses', () => {
    const long =
      `${'calm '.repeat(60)}the word anchorage appears here ${'quiet '.repeat(60)}`.trim();
    const idx = indexOf([makeDoc({ notes: [long] })]);
    const snippet = idx.search({ text: 'anchorage' }).hits[0]?.snippet;
    expect(snippet).toBeDefined();
    expect(snippet!.text.startsWith('…')).toBe(true);
    expect(snippet!.text.endsWith('…')).toBe(true);
    expect(snippet!.text.length).toBeLessThanOrEqual(162);
    const [h] = snippet!.highlights;
    expect(snippet!.text.slice(h!.start, h!.end)).toBe('anchorage');
  });

  it('highlights the matched words of the name', () => {
    const idx = indexOf(sampleArchive());
    const name = idx.search({ text: 'orsted zo' }).hits[0]?.clientName;
    expect(name?.highlights.map((h) => name.text.slice(h.start, h.end))).toEqual(['Zoë', 'Ørsted']);
    const cjk = idx.search({ text: '王' }).hits[0]?.clientName;
    expect(cjk?.highlights).toEqual([{ start: 0, end: 1 }]);
  });
});

describe('archive search: swapped letters, short words, numbers', () => {
  const index = indexOf([
    makeDoc({ clientDisplayName: 'Kwame Mensah', recordCode: 'CS-2019-0042' }),
    makeDoc({ clientDisplayName: 'Thảo Nguyễn', recordCode: 'CS-2018-0043' }),
    makeDoc({ clientDisplayName: 'Bartosz Nowak', recordCode: 'KL/21/00017' }),
    makeDoc({ clientDisplayName: 'Ayşe Şahin', recordCode: 'A10234' }),
    makeDoc({ clientDisplayName: 'Pilar Costa', notes: ['Client cycled to the coast and back'] }),
    makeDoc({ clientDisplayName: 'Pilar Dvořák' }),
    makeDoc({
      clientDisplayName: 'Ruth Brontë',
      notes: ['Door-open policy explained; client knows how to come back.'],
    }),
  ]);

  it.each([
    ['Mensha', 'Kwame Mensah'],
    ['Ngyuen', 'Thảo Nguyễn'],
    ['Nowka', 'Bartosz Nowak'],
    ['Sahni', 'Ayşe Şahin'],
    ['kwame mensha', 'Kwame Mensah'],
  ])(
    'one swap of neighbouring letters (%j) still finds %j, as an exact match',
    (query, expected) => {
      const result = index.search({ text: query });
      expect(result.hits.map((h) => h.clientName.text)).toEqual([expected]);
      expect(result.closeMatches).toBe(false);
      expect(result.hits[0]?.clientName.highlights.length).toBeGreaterThan(0);
    },
  );

  it('never typo-matches years or record codes to other numbers', () => {
    expect(names(index, '2019')).toEqual(['Kwame Mensah']);
    expect(names(index, '2018')).toEqual(['Thảo Nguyễn']);
    expect(names(index, '0042')).toEqual(['Kwame Mensah']);
    expect(names(index, 'A10235')).toEqual([]);
  });

  it('answers short words from names and codes only, and a short last word only lifts names', () => {
    expect(names(index, 'KL/2')).toEqual(['Bartosz Nowak']);
    expect(names(index, 'a1')).toEqual(['Ayşe Şahin']);
    expect(names(index, 'co')).toEqual(['Pilar Costa']);
    const lifted = index.search({ text: 'Pilar c' });
    expect(lifted.hits.map((h) => h.clientName.text)).toEqual(['Pilar Costa', 'Pilar Dvořák']);
    expect(lifted.hits[0]?.clientName.highlights).toHaveLength(2);
  });
});

describe('snippets come from where the query matched', () => {
  const repair = 'Acknowledged the rupture around rescheduling; repaired together.';
  const index = indexOf([
    makeDoc({
      clientDisplayName: 'Siobhán Ní Bhriain',
      recordCode: 'CS-2021-0007',
      goals: ['Take the bus to town alone'],
      notes: [
        'Talked about the sister as a key support.',
        'It has been a privilege to work with you, Siobhán.',
      ],
      clinicianNotes: [repair, 'Feedback: the homework helped most.'],
      privateReflection: ['Felt a pull to extend the work.'],
    }),
  ]);

  it.each(['siobhan', 'Ni Bhriain', 'cs2021', 'CS-2021-0007', 'si'])(
    'a name or code match (%j) shows no note text at all',
    (query) => {
      const hit = index.search({ text: query }).hits[0];
      expect(hit?.clientName.text).toBe('Siobhán Ní Bhriain');
      expect(hit?.snippet).toBeNull();
    },
  );

  it('a clinician-only note is a snippet only when the query matched inside it, and is marked so', () => {
    const hit = index.search({ text: 'rupture' }).hits[0];
    expect(hit?.snippet).toMatchObject({ source: 'clinicianNotes', clinicianOnly: true });
    expect(index.search({ text: 'sister' }).hits[0]?.snippet).toMatchObject({
      source: 'notes',
      clinicianOnly: false,
    });
    expect(index.search({ text: 'extend' }).hits[0]?.snippet).toMatchObject({
      source: 'privateReflection',
      clinicianOnly: true,
    });
    expect(index.search({ text: 'bus' }).hits[0]?.snippet).toMatchObject({
      source: 'goals',
      clinicianOnly: false,
    });
  });

  it('a listed document (no query) shows client-facing text only', () => {
    const listed = index.search({ text: '' }).hits[0]?.snippet;
    expect(listed).toMatchObject({ source: 'goals', clinicianOnly: false });
  });

  it('never shows clinician-only text for a name query, whatever the names and notes', () => {
    const names = fc.constantFrom(
      'Zoë Ørsted',
      'محمد الأحمد',
      'דנה לוי',
      '王小明',
      'Ольга Петровна',
    );
    fc.assert(
      fc.property(names, fc.string({ minLength: 1, maxLength: 30 }), (name, note) => {
        const idx = indexOf([
          makeDoc({
            clientDisplayName: name,
            clinicianNotes: [note],
            privateReflection: [note],
            notes: [note],
          }),
        ]);
        for (const hit of idx.search({ text: name }).hits) {
          if (hit.snippet) expect(hit.snippet.highlights.length).toBeGreaterThan(0);
          expect(hit.snippet?.clinicianOnly ?? false).toBe(
            hit.snippet ? !['notes', 'goals'].includes(hit.snippet.source) : false,
          );
        }
      }),
      { numRuns: 40 },
    );
  });
});
