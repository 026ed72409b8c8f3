import { describe, expect, it } from 'vitest';
import { createArchiveIndex } from '../../../core/search';
import { syntheticOptions } from './search-fixtures';
import {
  createRng,
  generateSyntheticArchive,
  measureRecall,
  SHOWCASE_CLIENTS,
  syntheticSearchDocuments,
  TYPO_QUERIES,
} from '../../../core/search/synthetic';

describe('seeded generator', () => {
  it('gives the same sequence for the same seed and a different one otherwise', () => {
    const a = createRng('x');
    const b = createRng('x');
    const c = createRng('y');
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('draws integers in range, and samples without repeats', () => {
    const rng = createRng(7);
    const ints = Array.from({ length: 500 }, () => rng.int(2, 5));
    expect(new Set(ints)).toEqual(new Set([2, 3, 4, 5]));
    const sample = rng.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
    expect(rng.hex(32)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('synthetic archive', () => {
  const archive = generateSyntheticArchive({ seed: 'test', sessions: 600 });
  const sessions = archive.flatMap((r) => r.sessions);

  it('is deterministic for a seed', () => {
    expect(generateSyntheticArchive({ seed: 'test', sessions: 600 })).toEqual(archive);
    expect(generateSyntheticArchive({ seed: 'other', sessions: 600 })).not.toEqual(archive);
  });

  it('has exactly the number of documents asked for, with unique record ids', () => {
    expect(sessions).toHaveLength(600);
    const ids = [...archive.map((r) => r.client.id), ...sessions.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true);
    expect(sessions.every((s) => archive.some((r) => r.client.id === s.clientId))).toBe(true);
  });

  it('starts with the showcase clients', () => {
    expect(archive.slice(0, SHOWCASE_CLIENTS.length).map((r) => r.client.displayName)).toEqual(
      SHOWCASE_CLIENTS.map((c) => c.displayName),
    );
    const names = archive.map((r) => r.client.displayName);
    for (const c of SHOWCASE_CLIENTS)
      expect(names.filter((n) => n === c.displayName)).toHaveLength(1);
  });

  it('names clients in Latin with diacritics, Greek, Cyrillic, Arabic, Hebrew and CJK', () => {
    const scripts = new Set(archive.map((r) => r.client.script));
    expect(scripts).toEqual(new Set(['latin', 'greek', 'cyrillic', 'arabic', 'hebrew', 'cjk']));
    const text = archive.map((r) => r.client.displayName).join(' ');
    for (const pattern of [
      /[À-ž]/u,
      /\p{sc=Greek}/u,
      /\p{sc=Cyrillic}/u,
      /\p{sc=Arabic}/u,
      /\p{sc=Hebrew}/u,
      /\p{sc=Han}/u,
    ]) {
      expect(text).toMatch(pattern);
    }
  });

  it('varies kinds, statuses, templates, reasons and dates, all in a plausible range', () => {
    expect(new Set(sessions.map((s) => s.kind))).toEqual(
      new Set(['closing-session', 'closure-letter']),
    );
    expect(new Set(sessions.map((s) => s.status))).toEqual(new Set(['draft', 'finalized']));
    expect(new Set(sessions.map((s) => s.templateId)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(sessions.map((s) => s.reasonCode)).size).toBeGreaterThanOrEqual(6);
    expect(sessions.every((s) => s.date >= '2017-01-01' && s.date <= '2025-12-31')).toBe(true);
    expect(sessions.every((s) => (s.status === 'finalized') === (s.finalizedAt !== null))).toBe(
      true,
    );
    expect(
      sessions
        .filter((s) => s.kind === 'closure-letter')
        .every((s) => s.templateId === 'brief-ending'),
    ).toBe(true);
    for (const r of archive) {
      const dates = r.sessions.map((s) => s.date);
      expect([...dates].sort()).toEqual(dates);
    }
  });

  it('fills goals, achievements, plans, referrals, notes and reflections with varied text', () => {
    const closing = sessions.filter((s) => s.kind === 'closing-session');
    expect(
      closing.every(
        (s) => s.goals.length >= 1 && s.achievements.length >= 1 && s.copingToolkit.length >= 2,
      ),
    ).toBe(true);
    expect(new Set(sessions.map((s) => s.notes)).size).toBeGreaterThan(500);
    expect(sessions.filter((s) => s.referrals.length > 0).length).toBeGreaterThan(300);
    expect(sessions.filter((s) => s.reflection).length).toBeGreaterThan(300);
    expect(
      closing.every((s) => s.goals.every((g) => g.start >= 0 && g.now <= 10 && g.start <= g.now)),
    ).toBe(true);
  });

  it('gives the showcase referral only to that client, so its name finds exactly their sessions', () => {
    const ana = archive.find((r) => r.client.displayName === 'Ana Kowalski')!;
    const users = sessions.filter((s) =>
      s.referrals.some((r) => r.name === 'Harbourlight Peer Support Collective'),
    );
    expect(users.map((s) => s.id)).toEqual(ana.sessions.map((s) => s.id));
  });

  it('feeds the archive index: the showcase searches work on it', () => {
    const index = createArchiveIndex();
    for (const doc of syntheticSearchDocuments(archive, syntheticOptions())) index.upsert(doc);
    const first = (q: string) => index.search({ text: q }).hits[0]?.clientName.text;
    expect(first('zoe orsted')).toBe('Zoë Ørsted');
    expect(first('Orstd')).toBe('Zoë Ørsted');
    expect(index.search({ text: 'jose' }).hits.map((h) => h.clientName.text)).toContain(
      'José García',
    );
    expect(first('王小明')).toBe('王小明');
    expect(index.search({ text: '王' }).hits.map((h) => h.clientName.text)).toContain('王小明');
    expect(first('דנה לוי')).toBe('דנה לוי');
    expect(first('محمد الأحمد')).toBe('محمد الأحمد');
    const harbour = index.search({ text: 'Harbourlight Peer Support' }).hits;
    expect(new Set(harbour.map((h) => h.clientName.text))).toEqual(new Set(['Ana Kowalski']));
    // The project's own typo query set: at least 100 queries of mixed kinds, a third swapped letters.
    expect(TYPO_QUERIES.length).toBeGreaterThanOrEqual(100);
    expect(TYPO_QUERIES.filter((t) => t.kind === 'swap').length).toBeGreaterThanOrEqual(33);
    const { recall, misses } = measureRecall(index);
    expect(misses).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });
});
