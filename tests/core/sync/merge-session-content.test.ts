import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemAnswer } from '../../../core/checklist/answer-schema';
import { newSessionContent, type SessionContent } from '../../../core/checklist/content-schema';
import { BOTH_TEXTS_SEPARATOR, bothTexts } from '../../../core/sync/merge-answers';
import {
  mergeSessionContent,
  RECORD_FIELDS,
  sectionDifferences,
  type SectionChoice,
} from '../../../core/sync/merge-session-content';
import { builtIn } from '../template-fixtures';

const template = builtIn('planned-ending');
const items = template.sections.flatMap((s) => s.items.map((i) => ({ ...i, sectionId: s.id })));
const textItems = items.filter((i) =>
  ['talking-point', 'long-text', 'short-text'].includes(i.kind),
);
const listItems = items.filter((i) => i.kind === 'list');

const words = fc.constantFrom(
  'Zoë Ørsted',
  'محمد الأحمد',
  'דנה לוי',
  '王小明',
  'walks by the river',
  'the choir',
  '',
);
const text = fc.array(words, { maxLength: 3 }).map((w) => w.join(' '));
const entryId = fc.stringMatching(/^[a-z0-9]{1,6}$/);
const column = (item: (typeof listItems)[number]) =>
  (item as { columns?: { id: string }[] }).columns?.[0]?.id ?? 'text';

/** A random answer set over the planned-ending template (texts, ticks, list rows, plan steps). */
const content = fc
  .record({
    texts: fc.dictionary(
      fc.constantFrom(...textItems.map((i) => i.id)),
      fc.record({ covered: fc.boolean(), text }),
    ),
    lists: fc.dictionary(
      fc.constantFrom(...listItems.map((i) => i.id)),
      fc.uniqueArray(fc.record({ id: entryId, value: text }), {
        selector: (r) => r.id,
        maxLength: 4,
      }),
    ),
    plan: fc.array(
      words.filter((w) => w !== ''),
      { maxLength: 3 },
    ),
    riskConcern: fc.boolean(),
  })
  .map(({ texts, lists, plan, riskConcern }): SessionContent => {
    const answers: Record<string, ItemAnswer> = {};
    for (const [id, a] of Object.entries(texts)) {
      const kind = items.find((i) => i.id === id)!.kind;
      answers[id] = kind === 'talking-point' ? a : { text: a.text };
    }
    for (const [id, rows] of Object.entries(lists)) {
      const item = listItems.find((i) => i.id === id)!;
      answers[id] = {
        entries: rows.map((r) => ({ id: r.id, values: { [column(item)]: r.value } })),
      };
    }
    if (plan.length > 0) {
      answers['safety-plan'] = {
        safetyPlan: {
          warningSigns: plan,
          copingAlone: [],
          distractions: [],
          askForHelp: [],
          professionals: [],
          saferSurroundings: [],
          reasonsForLiving: [],
        },
      };
    }
    return { ...newSessionContent(template), answers, riskConcern };
  });

const allChoices = (choice: SectionChoice) =>
  Object.fromEntries(
    [...template.sections.map((s) => s.id), RECORD_FIELDS].map((id) => [id, choice]),
  );

describe('merging two versions of a session, section by section', () => {
  it("keeps exactly this computer's or the other's version when that is chosen everywhere", () => {
    fc.assert(
      fc.property(content, content, (mine, theirs) => {
        expect(mergeSessionContent(template, mine, theirs, allChoices('mine'))).toEqual(mine);
        expect(mergeSessionContent(template, mine, theirs, allChoices('theirs'))).toEqual(theirs);
      }),
    );
  });

  it('takes each section from the version chosen for it', () => {
    fc.assert(
      fc.property(
        content,
        content,
        fc.array(fc.boolean(), {
          minLength: template.sections.length,
          maxLength: template.sections.length,
        }),
        (mine, theirs, picks) => {
          const choices = Object.fromEntries(
            template.sections.map((s, i) => [s.id, picks[i] ? 'theirs' : 'mine'] as const),
          );
          const merged = mergeSessionContent(template, mine, theirs, choices);
          template.sections.forEach((section, i) => {
            const from = picks[i] ? theirs : mine;
            for (const item of section.items)
              expect(merged.answers[item.id]).toEqual(from.answers[item.id]);
          });
        },
      ),
    );
  });

  it('"both" loses nothing either computer wrote: every text, row and plan step is kept', () => {
    fc.assert(
      fc.property(content, content, (mine, theirs) => {
        const merged = mergeSessionContent(template, mine, theirs, allChoices('both'));
        for (const side of [mine, theirs]) {
          for (const [id, answer] of Object.entries(side.answers)) {
            const kept = merged.answers[id]!;
            if (answer.text?.trim()) expect(kept.text).toContain(answer.text);
            if (answer.covered) expect(kept.covered).toBe(true);
            for (const row of answer.entries ?? []) {
              expect(
                kept.entries!.some((r) => JSON.stringify(r.values) === JSON.stringify(row.values)),
              ).toBe(true);
            }
            for (const step of answer.safetyPlan?.warningSigns ?? [])
              expect(kept.safetyPlan!.warningSigns).toContain(step);
          }
          if (side.riskConcern) expect(merged.riskConcern).toBe(true);
        }
        for (const answer of Object.values(merged.answers)) {
          const ids = (answer.entries ?? []).map((r) => r.id);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
    );
  });

  it('lists which sections differ, and none for two equal versions', () => {
    fc.assert(
      fc.property(content, (mine) => {
        expect(
          sectionDifferences(template, mine, structuredClone(mine)).filter((d) => d.differs),
        ).toEqual([]);
      }),
    );
    const base = newSessionContent(template);
    const changed = {
      ...base,
      answers: { 'what-helped': { text: 'Writing three lines each evening' } },
    };
    const differing = sectionDifferences(template, base, changed).filter((d) => d.differs);
    expect(differing.map((d) => d.sectionId)).toEqual(['review-progress']);
    expect(
      sectionDifferences(template, base, { ...base, riskConcern: true }).find(
        (d) => d.sectionId === RECORD_FIELDS,
      )?.differs,
    ).toBe(true);
  });

  it('refuses, with the reason, a "both" that would break the record\'s limits', () => {
    const rows = (prefix: string) =>
      Array.from({ length: 60 }, (_, i) => ({
        id: `${prefix}${i}`,
        values: { text: `${prefix} ${i}` },
      }));
    const base = newSessionContent(template);
    const mine = { ...base, answers: { achievements: { entries: rows('a') } } };
    const theirs = { ...base, answers: { achievements: { entries: rows('b') } } };
    expect(() => mergeSessionContent(template, mine, theirs, allChoices('both'))).toThrow(
      /cannot be kept together/,
    );
  });

  it('joins two different texts, keeps a text that continues the other, and ignores a blank one', () => {
    expect(bothTexts('Walks', 'Walks by the river')).toBe('Walks by the river');
    expect(bothTexts('the choir', '  ')).toBe('the choir');
    expect(bothTexts('דנה לוי', '王小明')).toBe(`דנה לוי${BOTH_TEXTS_SEPARATOR}王小明`);
  });
});
