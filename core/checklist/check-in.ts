/**
 * The follow-up agreed in the closing session: a booster session or a check-in on a date. It is
 * printed on the handout and can be saved as a calendar file (electron/services/documents
 * `check-in-ics`). Stored optional with no default, so a record written before it existed
 * canonicalizes (and verifies) exactly as it did.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../measures/measure-score';
import { AppError } from '../result';
import type { Template, TemplateItem } from '../template/template-schema';
import type { SessionContent } from './content-schema';
import type { ContentChange } from './content-update';

/** The kinds of follow-up. */
export const CHECK_IN_KINDS = ['check-in', 'booster'] as const;

/** One kind of follow-up. */
export type CheckInKind = (typeof CHECK_IN_KINDS)[number];

/** How each kind is shown on screen. */
export const CHECK_IN_KIND_LABELS: Readonly<Record<CheckInKind, string>> = {
  'check-in': 'Check-in',
  booster: 'Booster session',
};

/** The agreed follow-up: its date and kind. */
export const CheckInSchema = z
  .object({
    date: IsoDateSchema,
    kind: z.enum(CHECK_IN_KINDS, { error: 'Choose a check-in or a booster session.' }),
  })
  .strict();

/** An agreed follow-up. */
export type CheckIn = z.output<typeof CheckInSchema>;

/** One repeat score taken at the check-in (a total only; the id is a fresh entry id). */
export interface RepeatScore {
  id: string;
  measureId: string;
  score: number;
}

/**
 * The change that records repeat scores taken at a check-in: they are added, dated, to the first
 * measures item of the template that records each measure. Sent with an amendment and its reason,
 * it is how a finalized (closed) case gets its follow-up scores. Throws when no measures item
 * records one of the measures.
 */
export function repeatScoresChange(
  template: Template,
  content: SessionContent,
  date: string,
  scores: readonly RepeatScore[],
): ContentChange {
  const item = template.sections
    .flatMap((s) => s.items)
    .find(
      (i): i is Extract<TemplateItem, { kind: 'measures' }> =>
        i.kind === 'measures' && scores.every((s) => i.measureIds.includes(s.measureId)),
    );
  if (!item)
    throw new AppError('invalid-input', 'This session does not record those measures.', {
      scores: 'Not recorded by this session.',
    });
  const before = content.answers[item.id]?.scores ?? [];
  return {
    op: 'answer',
    itemId: item.id,
    answer: {
      scores: [
        ...before,
        ...scores.map((s) => ({ id: s.id, measureId: s.measureId, date, score: s.score })),
      ],
    },
  };
}
