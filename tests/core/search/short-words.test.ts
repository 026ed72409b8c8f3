import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import MiniSearch, { type Query } from 'minisearch';
import { createArchiveIndex } from '../../../core/search';
import { makeDoc } from './search-fixtures';

/** Every word a query object looks up, however nested. */
function lookedUp(query: Query): string[] {
  if (typeof query === 'string') return [query];
  if (typeof query !== 'object') return [];
  return (query.queries as Query[]).flatMap(lookedUp);
}

describe('one- and two-letter words are answered without walking the whole index', () => {
  const index = createArchiveIndex({ locale: 'en' });
  for (const [name, code] of [
    ['Pilar Costa', 'A10234'],
    ['Pilar Dvořák', 'CS-2019-0042'],
    ['Bartosz Nowak', 'KL/21/00017'],
    ['محمد الأحمد', 'cs-2020-7'],
  ] as const)
    index.upsert(
      makeDoc({ clientDisplayName: name, recordCode: code, notes: ['Client cycled to the coast'] }),
    );
  // Every engine lookup, however it is asked for, runs through its query executor.
  const engineSearch = vi.spyOn(
    MiniSearch.prototype as unknown as { executeQuery: (query: Query) => unknown },
    'executeQuery',
  );
  afterEach(() => engineSearch.mockClear());
  // Test files share modules in a worker (vitest.config.ts): leave MiniSearch as it was found.
  afterAll(() => engineSearch.mockRestore());

  it.each([
    ['A', ['Pilar Costa']],
    ['cs', ['محمد الأحمد', 'Pilar Dvořák']],
    ['KL/2', ['Bartosz Nowak']],
  ])('%j (a record-code keystroke) never reaches the engine, and finds %j', (text, found) => {
    const hits = index.search({ text }).hits.map((h) => h.clientName.text);
    expect(hits.sort()).toEqual([...found].sort());
    expect(engineSearch).not.toHaveBeenCalled();
  });

  it('a one-letter word after a space ("Pilar c") is never looked up as a prefix of every indexed word', () => {
    const hits = index.search({ text: 'Pilar c' }).hits.map((h) => h.clientName.text);
    expect(hits[0]).toBe('Pilar Costa');
    const words = engineSearch.mock.calls.flatMap(([query]) => lookedUp(query as Query));
    expect(words).toContain('pilar');
    expect(words).not.toContain('c');
  });
});
