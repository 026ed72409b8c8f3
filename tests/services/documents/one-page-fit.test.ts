/**
 * The one-page handout fits one page: over generated ordinary content (names and words in several
 * scripts, any picks) it is made on exactly one page, or the answer shown before export names
 * exactly the parts and charts left out; the default picks keep an existing safety plan and the
 * crisis lines, which are never left out to make room.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RenderableDocument } from '../../../core/document/document';
import { HANDOUT_SECTIONS, type HandoutSection } from '../../../core/handout-model/choices';
import { buildOnePageHandout } from '../../../core/handout-model/handout';
import { ONE_PAGE_KEPT, onePageDefaults } from '../../../core/handout-model/one-page';
import { fittedOnePage } from '../../../electron/services/documents/build-document';
import { BODY_SIZE_FLOOR } from '../../../electron/services/pdf/fit-themes';
import { renderDocument } from '../../../electron/services/pdf/render-document';
import { sampleSource } from '../../core/handout-model/source-fixture';
import { readPdf } from '../pdf/pdf-reader';
import { fromBase64, sampleVault } from './documents-helpers';

const FONTS = resolve('resources/fonts');
const NAMES = ['Zoë Ørsted', 'محمد الأحمد', 'דנה לוי', '王小明', 'Ольга Петровна', 'Ελπίδα'];
const WORDS = [
  'walked',
  'by the river',
  'called',
  'slept well',
  'المشي',
  'שינה טובה',
  '散步',
  'прогулка',
  'breathing',
];

const a = (itemId: string, answer: Record<string, unknown>) => ({ op: 'answer', itemId, answer });
const STEPS = [
  'warningSigns',
  'copingAlone',
  'distractions',
  'askForHelp',
  'professionals',
  'saferSurroundings',
  'reasonsForLiving',
];
/** A safety plan answer with the given steps filled and every other step emptied (answers merge). */
const plan = (filled: Record<string, string[]> = {}) => ({
  safetyPlan: Object.fromEntries(STEPS.map((k) => [k, filled[k] ?? []])),
});
const phrase = fc
  .array(fc.constantFrom(...NAMES, ...WORDS), { minLength: 2, maxLength: 9 })
  .map((w) => w.join(' '));
const entries = (prefix: string) =>
  fc
    .array(phrase, { minLength: 1, maxLength: 6 })
    .map((texts) => texts.map((text, i) => ({ id: `${prefix}${i}`, values: { text } })));

/** Ordinary content: a few goals, lists and notes of everyday length; a safety plan or none. */
const content = fc.record({
  goals: fc.array(
    fc.record({
      goal: phrase,
      start: fc.integer({ min: 0, max: 10 }),
      now: fc.integer({ min: 0, max: 10 }),
      words: phrase,
    }),
    { minLength: 1, maxLength: 4 },
  ),
  achievements: entries('a'),
  toolkit: entries('c'),
  note: fc.array(phrase, { minLength: 0, maxLength: 5 }).map((p) => p.join('. ')),
  safety: fc.option(
    fc.record({
      warningSigns: fc.array(phrase, { maxLength: 3 }),
      askForHelp: fc.array(fc.constantFrom(...NAMES), { maxLength: 3 }),
    }),
    { nil: undefined },
  ),
  picks: fc.subarray([...HANDOUT_SECTIONS].filter((s) => s !== 'crisis-lines')),
});

type Content = typeof content extends fc.Arbitrary<infer T> ? T : never;

function sourceOf(c: Content) {
  return sampleSource({}, [
    a('goals', {
      goals: c.goals.map((g, i) => ({
        id: `g${i}`,
        goal: g.goal,
        start: g.start,
        now: g.now,
        clientWords: g.words,
      })),
    }),
    a('achievements', { entries: c.achievements }),
    a('coping-toolkit', { entries: c.toolkit }),
    a('closing-note', { text: c.note }),
    a('safety-plan', plan(c.safety)),
  ]);
}

function h2(document: RenderableDocument): string[] {
  return document.blocks.flatMap((b) => (b.type === 'heading' && b.level === 2 ? [b.text] : []));
}

describe('one-page handout fit', () => {
  it('is made on exactly one page, or names exactly what is left out (generated content)', async () => {
    await fc.assert(
      fc.asyncProperty(content, async (c) => {
        const source = sourceOf(c);
        const { fit, document, theme } = fittedOnePage(source, { sections: c.picks }, FONTS);
        const read = await readPdf(await renderDocument(document, { fontsDir: FONTS, theme }));
        expect(read.numPages).toBe(fit.pages);
        expect(theme.body.size).toBeGreaterThanOrEqual(BODY_SIZE_FLOOR);
        expect(fit.bodySize).toBe(theme.body.size);
        for (const kept of ONE_PAGE_KEPT) expect(fit.partsLeftOut).not.toContain(kept);
        // More than one page only when nothing else could give way: every other pick is named as left out.
        if (fit.pages > 1)
          expect([...fit.partsLeftOut].sort()).toEqual(
            fit.sections.filter((s) => !ONE_PAGE_KEPT.includes(s)).sort(),
          );
        // What is on the page is exactly the kept parts; every part named as left out is absent.
        const kept = fit.sections.filter((s) => !fit.partsLeftOut.includes(s));
        expect(h2(document)).toEqual(h2(buildOnePageHandout(source, kept)));
        const text = read.text.replace(/\s+/g, ' ');
        for (const heading of h2(document)) expect(text).toContain(heading);
        for (const part of fit.partsLeftOut) {
          for (const heading of h2(buildOnePageHandout(source, [part])).filter(
            (t) => !h2(document).includes(t),
          ))
            expect(text).not.toContain(heading);
        }
        const charts = document.blocks.filter((b) => b.type === 'chart').length;
        const built = buildOnePageHandout(source, kept).blocks.filter(
          (b) => b.type === 'chart',
        ).length;
        expect(charts + fit.chartsLeftOut.length).toBe(built);
        expect(fit.fits).toBe(
          fit.pages === 1 && fit.partsLeftOut.length === 0 && fit.chartsLeftOut.length === 0,
        );
      }),
      { numRuns: 6, seed: 1313 },
    );
  });

  it('keeps an existing safety plan and the crisis lines in the default picks, and leaves them out of nothing', async () => {
    const withPlan = sampleSource();
    expect(onePageDefaults(withPlan)).toEqual(
      expect.arrayContaining(['safety-plan', 'crisis-lines']),
    );
    const without = sampleSource({}, [a('safety-plan', plan())]);
    expect(onePageDefaults(without)).not.toContain('safety-plan');
    expect(onePageDefaults(without)).toContain('crisis-lines');
    const { fit, document, theme } = fittedOnePage(withPlan, {}, FONTS);
    expect(fit.sections).toEqual(onePageDefaults(withPlan));
    expect(fit.pages).toBe(1);
    const text = (await readPdf(await renderDocument(document, { fontsDir: FONTS, theme }))).text;
    for (const heading of h2(buildOnePageHandout(withPlan, ['safety-plan'])))
      expect(text).toContain(heading);
    expect(text).toContain('Samaritans');
  });

  it('tells the clinician through documents.onePageFit what the exported one-page handout then holds', async () => {
    const { h, session } = await sampleVault();
    const all = HANDOUT_SECTIONS.filter((s): s is HandoutSection => s !== 'crisis-lines');
    const fit = await h.call('documents.onePageFit', { sessionId: session.id, sections: all });
    expect(fit.pages).toBe(1);
    expect(fit.partsLeftOut.length).toBeGreaterThan(0);
    const made = await h.call('documents.export', {
      sessionId: session.id,
      kind: 'handout-one-page',
      options: { sections: all },
    });
    expect(made.pages).toBe(1);
    const text = (
      await readPdf(fromBase64((await h.call('documents.getPdf', { documentId: made.id })).base64))
    ).text;
    expect(text).not.toContain('More from our sessions');
    const defaults = await h.call('documents.onePageFit', { sessionId: session.id });
    expect(defaults.sections).toContain('safety-plan');
  });
});
