/**
 * A closing session's content: the answers per template item plus the record-level fields
 * (reason for ending, risk concern, outreach log, course of care, the custom measures it uses). This is what
 * autosave stores, what `canonicalize` turns into the text the services hash at finalize, and
 * what the client view and handout are built from (through `clientFacingContent`).
 */
import { z } from 'zod';
import { MeasureDefinitionSchema } from '../measures/measure-definition';
import { findMeasure } from '../measures/built-in-measures';
import { scoreProblem } from '../measures/measure-score';
import { AppError } from '../result';
import { summarizeIssues } from '../zod-issues';
import type { Template } from '../template/template-schema';
import { SlugIdSchema } from '../template/template-schema';
import { ItemAnswerSchema } from './answer-schema';
import { canonicalJson } from './canonical-json';
import { CheckInSchema } from './check-in';
import { CourseOfCareSchema } from './course-of-care';
import { MAX_OUTREACH_ENTRIES, OutreachEntrySchema } from './outreach';
import { ReasonForEndingSchema } from './reason-for-ending';
import { RiskAtDischargeSchema } from './risk-at-discharge';

/** The whole content of a closing session. */
export const SessionContentSchema = z
  .object({
    /** The template snapshot this content belongs to. */
    template: z.object({ id: SlugIdSchema, version: z.number().int().min(1) }).strict(),
    answers: z.record(SlugIdSchema, ItemAnswerSchema).default({}),
    reasonForEnding: ReasonForEndingSchema.nullable().default(null),
    /** The clinician's own mark that there are risk concerns (makes the safety plan required). */
    riskConcern: z.boolean().default(false),
    /**
     * The dated risk assessment at discharge. Optional with no default, so a record written before
     * it existed canonicalizes (and verifies) exactly as it did.
     */
    riskAtDischarge: RiskAtDischargeSchema.optional(),
    /**
     * The follow-up agreed in session (date and kind). Optional with no default, like
     * `riskAtDischarge`, so older records canonicalize exactly as they did.
     */
    checkIn: CheckInSchema.optional(),
    /**
     * The course of care for the discharge summary (diagnosis, dates, sessions, functioning,
     * prognosis…). Optional with no default, so older records canonicalize exactly as they did.
     */
    courseOfCare: CourseOfCareSchema.optional(),
    outreach: z.array(OutreachEntrySchema).max(MAX_OUTREACH_ENTRIES).default([]),
    /** Definitions of the custom measures this session records, as they were when used. */
    customMeasures: z.array(MeasureDefinitionSchema).max(20).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const ids = c.customMeasures.map((m) => m.id);
    c.customMeasures.forEach((m, i) => {
      if (m.builtIn || findMeasure(m.id) !== undefined || ids.indexOf(m.id) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['customMeasures', i, 'id'],
          message: `The measure id "${m.id}" is already taken.`,
        });
      }
    });
    for (const [itemId, answer] of Object.entries(c.answers)) {
      answer.scores?.forEach((s, i) => {
        const def = findMeasure(s.measureId, c.customMeasures);
        const problem = def
          ? scoreProblem(def, s)
          : `There is no measure called "${s.measureId}" in this session.`;
        if (problem)
          ctx.addIssue({
            code: 'custom',
            path: ['answers', itemId, 'scores', i, 'score'],
            message: problem,
          });
      });
    }
  });

/** Session content after defaults are applied. */
export type SessionContent = z.output<typeof SessionContentSchema>;

/** Empty content for a new session run with the given template snapshot. */
export function newSessionContent(template: Pick<Template, 'id' | 'version'>): SessionContent {
  return {
    template: { id: template.id, version: template.version },
    answers: {},
    reasonForEnding: null,
    riskConcern: false,
    outreach: [],
    customMeasures: [],
  };
}

/** Parses content, turning schema problems into an `invalid-input` AppError with per-field messages. */
export function checkSessionContent(value: unknown): SessionContent {
  const parsed = SessionContentSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const { message, fields } = summarizeIssues(parsed.error, 'The session content is not valid.');
  throw new AppError('invalid-input', message, fields);
}

/**
 * The exact text whose SHA-256 the services store at finalize and after each amendment
 * (`createHash('sha256').update(canonicalize(content), 'utf8').digest('hex')`). Deterministic:
 * keys sorted, text kept exactly, so equal content always gives the same text.
 */
export function canonicalize(content: SessionContent): string {
  return canonicalJson(content);
}
