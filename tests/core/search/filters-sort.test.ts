import { describe, expect, it } from 'vitest';
import { createArchiveIndex, type ArchiveIndex, type ArchiveQuery } from '../../../core/search';
import { makeDoc } from './search-fixtures';

function archive(): ArchiveIndex {
  const index = createArchiveIndex({ locale: 'en' });
  const docs = [
    makeDoc({
      clientDisplayName: 'Bea Panic',
      date: '2021-01-10',
      status: 'finalized',
      notes: ['panic in shops'],
    }),
    makeDoc({
      clientDisplayName: 'Ada Lovell',
      date: '2022-06-01',
      status: 'draft',
      finalizedAt: null,
      notes: ['panic on trains'],
    }),
    makeDoc({
      clientDisplayName: 'Émile Zola',
      date: '2023-03-15',
      kind: 'closure-letter',
      reasonCode: 'stopped-attending',
      reasonText: 'Client stopped attending',
      templateId: 'brief-ending',
      templateName: 'Brief / unplanned ending',
      notes: ['panic at night'],
    }),
    makeDoc({
      clientDisplayName: 'carl Jung',
      date: '2024-12-31',
      reasonCode: null,
      reasonText: '',
      notes: ['panic when driving'],
    }),
  ];
  for (const d of docs) index.upsert(d);
  return index;
}

function names(index: ArchiveIndex, q: ArchiveQuery): string[] {
  return index.search(q).hits.map((h) => h.clientName.text);
}

describe('archive filters', () => {
  const index = archive();
  const all = ['Bea Panic', 'Ada Lovell', 'Émile Zola', 'carl Jung'];

  it('without filters finds every match', () => {
    expect(names(index, { text: 'panic', sort: 'name' })).toEqual([
      'Ada Lovell',
      'Bea Panic',
      'carl Jung',
      'Émile Zola',
    ]);
    expect(index.search({ text: 'panic' }).total).toBe(all.length);
  });

  it('narrows by date range (inclusive, by day)', () => {
    expect(
      names(index, {
        text: 'panic',
        filters: { dateFrom: '2022-06-01', dateTo: '2023-03-15' },
        sort: 'date',
      }),
    ).toEqual(['Émile Zola', 'Ada Lovell']);
    expect(names(index, { text: 'panic', filters: { dateFrom: '2024-12-31T00:00:00Z' } })).toEqual([
      'carl Jung',
    ]);
    expect(names(index, { text: '', filters: { dateTo: '2021-01-10' } })).toEqual(['Bea Panic']);
  });

  it('narrows by status, kind, template, reason and client', () => {
    expect(names(index, { text: 'panic', filters: { status: ['draft'] } })).toEqual(['Ada Lovell']);
    expect(names(index, { text: 'panic', filters: { kind: ['closure-letter'] } })).toEqual([
      'Émile Zola',
    ]);
    expect(names(index, { text: 'panic', filters: { templateId: ['brief-ending'] } })).toEqual([
      'Émile Zola',
    ]);
    expect(names(index, { text: 'panic', filters: { reasonCode: ['stopped-attending'] } })).toEqual(
      ['Émile Zola'],
    );
    expect(names(index, { text: 'panic', filters: { reasonCode: [null] } })).toEqual(['carl Jung']);
    const clientId = index.search({ text: 'jung' }).hits[0]!.clientId;
    expect(names(index, { text: '', filters: { clientId: [clientId] } })).toEqual(['carl Jung']);
  });

  it('combines filters (all must hold) and treats empty lists as "any"', () => {
    expect(
      names(index, {
        text: 'panic',
        filters: { status: ['finalized'], kind: ['closing-session'], dateFrom: '2022-01-01' },
      }),
    ).toEqual(['carl Jung']);
    expect(index.search({ text: 'panic', filters: { status: [], kind: [] } }).total).toBe(4);
  });

  it('filters the list shown for an empty query too', () => {
    expect(index.search({ text: '', filters: { status: ['finalized'] } }).total).toBe(3);
  });
});

describe('archive sort and paging', () => {
  const index = archive();

  it('sorts by date (newest first) and by name (accent- and case-insensitive)', () => {
    expect(names(index, { text: 'panic', sort: 'date' })).toEqual([
      'carl Jung',
      'Émile Zola',
      'Ada Lovell',
      'Bea Panic',
    ]);
    expect(names(index, { text: '', sort: 'name' })).toEqual([
      'Ada Lovell',
      'Bea Panic',
      'carl Jung',
      'Émile Zola',
    ]);
  });

  it('lists newest first when there is no query', () => {
    expect(names(index, { text: '' })).toEqual([
      'carl Jung',
      'Émile Zola',
      'Ada Lovell',
      'Bea Panic',
    ]);
  });

  it('ranks by relevance by default (a name match first)', () => {
    expect(names(index, { text: 'panic' })[0]).toBe('Bea Panic');
  });

  it('pages with offset and limit, the total staying the same', () => {
    const first = index.search({ text: 'panic', sort: 'date', limit: 2 });
    const second = index.search({ text: 'panic', sort: 'date', limit: 2, offset: 2 });
    expect(first.total).toBe(4);
    expect(second.total).toBe(4);
    expect([...first.hits, ...second.hits].map((h) => h.clientName.text)).toEqual([
      'carl Jung',
      'Émile Zola',
      'Ada Lovell',
      'Bea Panic',
    ]);
    expect(index.search({ text: 'panic', limit: 0 }).hits).toEqual([]);
  });
});

describe('filter options', () => {
  it('offers the templates, reasons, statuses and kinds present, most frequent first, and the date span', () => {
    const options = archive().filterOptions();
    expect(options.templates).toEqual([
      { value: 'planned-ending', label: 'Planned ending', count: 3 },
      { value: 'brief-ending', label: 'Brief / unplanned ending', count: 1 },
    ]);
    expect(options.reasons.map((r) => [r.value, r.count])).toEqual([
      ['goals-met', 2],
      [null, 1],
      ['stopped-attending', 1],
    ]);
    expect(options.statuses.map((s) => [s.value, s.count])).toEqual([
      ['finalized', 3],
      ['draft', 1],
    ]);
    expect(options.kinds.map((k) => [k.value, k.count])).toEqual([
      ['closing-session', 3],
      ['closure-letter', 1],
    ]);
    expect([options.firstDay, options.lastDay]).toEqual(['2021-01-10', '2024-12-31']);
    expect(createArchiveIndex().filterOptions()).toMatchObject({
      templates: [],
      firstDay: null,
      lastDay: null,
    });
  });
});
