/**
 * The changes autosave sends, and applying them to content with the template's rules. Each
 * change names one thing: an item's answer (the fields given replace those fields; others are
 * kept; `inHandout: null` returns to the template default), the reason for ending, the risk
 * concern, the risk at discharge (null clears it), the agreed check-in (null clears it), the course of care (null or all blank clears it), the outreach log, or the session's custom measures.
 */
import { z } from 'zod';
import { MeasureDefinitionSchema } from '../measures/measure-definition';
import { requiredLine } from '../text';
import { AppError } from '../result';
import { assertHandoutAllowed } from '../template/privacy';
import { findItem } from '../template/template-lookup';
import type { Template } from '../template/template-schema';
import { SlugIdSchema } from '../template/template-schema';
import type { AnswerField, ItemAnswer } from './answer-schema';
import { ALLOWED_ANSWER_FIELDS, ItemAnswerSchema } from './answer-schema';
import type { SessionContent } from './content-schema';
import { checkSessionContent } from './content-schema';
import { MAX_OUTREACH_ENTRIES, OutreachEntrySchema } from './outreach';
import { ReasonForEndingSchema } from './reason-for-ending';
import { RiskAtDischargeSchema } from './risk-at-discharge';
import { CheckInSchema } from './check-in';
import { compactCourse, CourseOfCareSchema } from './course-of-care';

/** One change to a session's content. */
export const ContentChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('answer'), itemId: SlugIdSchema, answer: ItemAnswerSchema }).strict(),
  z.object({ op: z.literal('reason'), reason: ReasonForEndingSchema.nullable() }).strict(),
  z.object({ op: z.literal('risk'), riskConcern: z.boolean() }).strict(),
  z.object({ op: z.literal('risk-at-discharge'), risk: RiskAtDischargeSchema.nullable() }).strict(),
  z.object({ op: z.literal('check-in'), checkIn: CheckInSchema.nullable() }).strict(),
  z.object({ op: z.literal('course-of-care'), course: CourseOfCareSchema.nullable() }).strict(),
  z
    .object({
      op: z.literal('outreach'),
      outreach: z.array(OutreachEntrySchema).max(MAX_OUTREACH_ENTRIES),
    })
    .strict(),
  z
    .object({
      op: z.literal('custom-measures'),
      measures: z.array(MeasureDefinitionSchema).max(20),
    })
    .strict(),
]);

/** One parsed change. */
export type ContentChange = z.output<typeof ContentChangeSchema>;

/** What makes a change to a finalized record an amendment: the clinician's reason. */
export const AmendmentInputSchema = z
  .object({ reason: requiredLine('The reason for the amendment', 2000) })
  .strict();

/**
 * An update as the renderer sends it (the contract adds the session id): one or more changes,
 * and for a finalized session an amendment with its reason.
 */
export const ContentUpdateSchema = z
  .object({
    changes: z.array(ContentChangeSchema).min(1, { error: 'Nothing to change.' }).max(100),
    amendment: AmendmentInputSchema.optional(),
  })
  .strict();

/** A parsed update. */
export type ContentUpdate = z.output<typeof ContentUpdateSchema>;

function applyAnswer(
  template: Template,
  content: SessionContent,
  itemId: string,
  patch: ItemAnswer,
): SessionContent {
  const found = findItem(template, itemId);
  if (!found)
    throw new AppError('invalid-input', 'That item is not part of this session’s template.', {
      itemId: 'Unknown item.',
    });
  const { section, item } = found;
  const allowed = new Set<AnswerField>([...ALLOWED_ANSWER_FIELDS[item.kind], 'inHandout']);
  for (const key of Object.keys(patch) as AnswerField[]) {
    if (!allowed.has(key))
      throw new AppError('invalid-input', `“${item.label}” does not record ${key}.`, {
        [`answer.${key}`]: 'Not used by this item.',
      });
  }
  if (patch.inHandout) assertHandoutAllowed(section, item, true);
  if (item.kind === 'list' && patch.entries) {
    const columns = new Set(item.columns.map((c) => c.id));
    for (const entry of patch.entries) {
      for (const key of Object.keys(entry.values)) {
        if (!columns.has(key))
          throw new AppError('invalid-input', `“${item.label}” has no column “${key}”.`, {
            'answer.entries': 'Unknown column.',
          });
      }
    }
  }
  if (item.kind === 'measures' && patch.scores) {
    const custom = new Set(content.customMeasures.map((m) => m.id));
    for (const s of patch.scores) {
      if (!item.measureIds.includes(s.measureId) && !custom.has(s.measureId)) {
        throw new AppError(
          'invalid-input',
          `“${item.label}” does not record the measure “${s.measureId}”.`,
          { 'answer.scores': 'Unknown measure.' },
        );
      }
    }
  }
  const merged: ItemAnswer = { ...content.answers[itemId], ...patch };
  if (merged.inHandout === null) delete merged.inHandout;
  return { ...content, answers: { ...content.answers, [itemId]: merged } };
}

function applyChange(
  template: Template,
  content: SessionContent,
  change: ContentChange,
): SessionContent {
  switch (change.op) {
    case 'answer':
      return applyAnswer(template, content, change.itemId, change.answer);
    case 'reason':
      return { ...content, reasonForEnding: change.reason };
    case 'risk':
      return { ...content, riskConcern: change.riskConcern };
    case 'risk-at-discharge': {
      const { riskAtDischarge: _cleared, ...rest } = content;
      return change.risk ? { ...rest, riskAtDischarge: change.risk } : rest;
    }
    case 'check-in': {
      const { checkIn: _cleared, ...rest } = content;
      return change.checkIn ? { ...rest, checkIn: change.checkIn } : rest;
    }
    case 'course-of-care': {
      const { courseOfCare: _cleared, ...rest } = content;
      const course = compactCourse(change.course);
      return course ? { ...rest, courseOfCare: course } : rest;
    }
    case 'outreach':
      return { ...content, outreach: change.outreach };
    case 'custom-measures':
      return {
        ...content,
        customMeasures: change.measures.map((m) => ({
          ...m,
          builtIn: false,
          itemCount: 0,
          itemMax: 0,
        })),
      };
  }
}

/**
 * Applies changes to content, checking each against the template (unknown items, fields the
 * item kind does not use, private items in the handout, unknown list columns or measures) and
 * the result as a whole (custom-measure scores in range). Throws `invalid-input`; never changes
 * its inputs. Does not decide whether the record may change: see `applyUpdate`.
 */
export function applyContentChanges(
  template: Template,
  content: SessionContent,
  changes: readonly ContentChange[],
): SessionContent {
  if (content.template.id !== template.id || content.template.version !== template.version) {
    throw new AppError('conflict', 'This content belongs to a different template version.');
  }
  const next = changes.reduce((c, change) => applyChange(template, c, change), content);
  return checkSessionContent(next);
}
