import { describe, expect, it } from 'vitest';
import { createArchiveIndex } from '../../../core/search';
import { generateSyntheticArchive, syntheticSearchDocuments } from '../../../core/search/synthetic';
import { syntheticOptions } from './search-fixtures';

describe('text that comes from the template is not the client’s', () => {
  // Synthetic sessions are real session records of the built-in templates: each one carries the
  // template's headings and talking points, its name, and the practice's return-policy wording.
  const index = createArchiveIndex({ locale: 'en' });
  for (const doc of syntheticSearchDocuments(
    generateSyntheticArchive({ seed: 'template-text', sessions: 600 }),
    syntheticOptions(),
  ))
    index.upsert(doc);

  it.each([
    ['welcome', 'the return-policy wording in every session'],
    ['goodbye', 'a section heading'],
    ['yourself', 'a talking point'],
    ['Planned', 'the template’s name'],
  ])('%j (%s) finds nothing', (text) => {
    expect(index.search({ text }).total).toBe(0);
  });

  it('a four-letter name ("Dvor") puts the Dvořák clients above any note that merely has a near word', () => {
    const hits = index.search({ text: 'Dvor', limit: 200 }).hits;
    const byName = hits.map((h) => h.matchedIn.includes('name'));
    expect(byName[0]).toBe(true);
    expect(byName.indexOf(false) === -1 || byName.lastIndexOf(true) < byName.indexOf(false)).toBe(
      true,
    );
    for (const hit of hits.filter((h) => h.matchedIn.includes('name')))
      expect(hit.clientName.text).toMatch(/Dvořák/);
  });
});
