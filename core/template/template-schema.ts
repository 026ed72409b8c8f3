/**
 * The checklist template: sections of items the clinician walks through in a closing session.
 * Templates are versioned; a session keeps a snapshot of the version it started with, so it
 * always renders as it was run. Items in the private reflection are marked `private` and can
 * never be part of the handout: the schema refuses a private item with a handout default, and
 * `canIncludeInHandout` refuses switching one on.
 */
import { z } from 'zod';
import { MeasureIdSchema } from '../measures/measure-definition';
import { requiredLine } from '../text';

/** The kinds of item a section can hold. */
export const ITEM_KINDS = [
  'talking-point',
  'short-text',
  'long-text',
  'list',
  'goal-table',
  'measures',
  'referral-picker',
  'crisis-lines',
  'safety-plan',
  'reason-for-ending',
  'risk-at-discharge',
] as const;

/** One kind of item. */
export type ItemKind = (typeof ITEM_KINDS)[number];

/** What each kind of item is called in the template editor. */
export const ITEM_KIND_LABELS: Readonly<Record<ItemKind, string>> = {
  'talking-point': 'Talking point (tick when covered)',
  'short-text': 'Short answer',
  'long-text': 'Longer notes',
  list: 'List',
  'goal-table': 'Goals (start and now, 0–10)',
  measures: 'Outcome measures',
  'referral-picker': 'Referrals from your directory',
  'crisis-lines': 'Crisis lines',
  'safety-plan': 'Safety plan',
  'reason-for-ending': 'Reason for ending',
  'risk-at-discharge': 'Risk at discharge (date, level, note)',
};

/** Ids of templates, sections, items and list columns: lowercase letters, digits and dashes. */
export const SlugIdSchema = z
  .string({ error: 'An id must be text.' })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    error: 'An id uses lowercase letters, digits and dashes (up to 64).',
  });

const helpText = z
  .string({ error: 'Help must be text.' })
  .max(2000, { error: 'Help can be at most 2,000 characters.' })
  .default('');

const itemBase = {
  id: SlugIdSchema,
  label: requiredLine('An item label', 300),
  help: helpText,
  required: z.boolean().default(false),
  inHandoutDefault: z.boolean().default(false),
  private: z.boolean().default(false),
};

/** A column of a list item (a single-column list has one column, usually `text`). */
export const ListColumnSchema = z
  .object({ id: SlugIdSchema, label: requiredLine('A column label', 80) })
  .strict();

/** One list column. */
export type ListColumn = z.infer<typeof ListColumnSchema>;

function simpleItem<K extends ItemKind>(kind: K) {
  return z.object({ kind: z.literal(kind), ...itemBase }).strict();
}

/** One item of a section; `list` items name their columns and `measures` items their measures. */
export const TemplateItemSchema = z.discriminatedUnion('kind', [
  simpleItem('talking-point'),
  simpleItem('short-text'),
  simpleItem('long-text'),
  z
    .object({
      kind: z.literal('list'),
      ...itemBase,
      columns: z
        .array(ListColumnSchema)
        .min(1)
        .max(4)
        .default([{ id: 'text', label: 'Entry' }]),
    })
    .strict(),
  simpleItem('goal-table'),
  z
    .object({
      kind: z.literal('measures'),
      ...itemBase,
      measureIds: z.array(MeasureIdSchema).min(1).max(10).default(['phq-9', 'gad-7']),
    })
    .strict(),
  simpleItem('referral-picker'),
  simpleItem('crisis-lines'),
  simpleItem('safety-plan'),
  simpleItem('reason-for-ending'),
  simpleItem('risk-at-discharge'),
]);

/** A template item after defaults are applied. */
export type TemplateItem = z.output<typeof TemplateItemSchema>;

/** A template item as written (defaults may be missing). */
export type TemplateItemInput = z.input<typeof TemplateItemSchema>;

/** A section of a template. */
export const TemplateSectionSchema = z
  .object({
    id: SlugIdSchema,
    title: requiredLine('A section title', 120),
    guidance: z
      .string()
      .max(4000, { error: 'Guidance can be at most 4,000 characters.' })
      .default(''),
    /** A gentle time hint for the runner's timer, in minutes (0 = no hint). */
    timeHintMinutes: z.number().int().min(0).max(240).default(5),
    /** The clinician's own section: every item in it is private. */
    private: z.boolean().default(false),
    items: z
      .array(TemplateItemSchema)
      .max(60, { error: 'A section can hold at most 60 items.' })
      .default([]),
  })
  .strict();

/** A section after defaults are applied. */
export type TemplateSection = z.output<typeof TemplateSectionSchema>;

/** A complete template, checked for unique ids and for privacy. */
export const TemplateSchema = z
  .object({
    id: SlugIdSchema,
    version: z.number().int().min(1),
    name: requiredLine('A template name', 120),
    description: z.string().max(2000).default(''),
    builtIn: z.boolean().default(false),
    /** The planned length of the session, in minutes. */
    plannedMinutes: z.number().int().min(5).max(240).default(50),
    sections: z
      .array(TemplateSectionSchema)
      .min(1, { error: 'A template needs at least one section.' })
      .max(30),
  })
  .strict()
  .superRefine((t, ctx) => {
    const sectionIds = new Set<string>();
    const itemIds = new Set<string>();
    t.sections.forEach((s, si) => {
      if (sectionIds.has(s.id))
        ctx.addIssue({
          code: 'custom',
          path: ['sections', si, 'id'],
          message: `Two sections share the id "${s.id}".`,
        });
      sectionIds.add(s.id);
      s.items.forEach((item, ii) => {
        const path = ['sections', si, 'items', ii];
        if (itemIds.has(item.id))
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'id'],
            message: `Two items share the id "${item.id}".`,
          });
        itemIds.add(item.id);
        if (s.private && !item.private)
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'private'],
            message: 'Every item in a private section is private.',
          });
        if (item.private && item.inHandoutDefault) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'inHandoutDefault'],
            message: 'Private reflection is never part of the handout.',
          });
        }
        if (
          item.kind === 'list' &&
          new Set(item.columns.map((c) => c.id)).size !== item.columns.length
        ) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'columns'],
            message: 'List columns need different ids.',
          });
        }
      });
    });
    // Every template keeps one place for the reason for ending and one for a safety plan, so a
    // session can always record why it ended and can always meet the safety-plan requirement.
    for (const kind of ['reason-for-ending', 'safety-plan'] as const) {
      const found = t.sections.flatMap((s) =>
        s.items.filter((i) => i.kind === kind).map((i) => ({ i, s })),
      );
      const name = kind === 'safety-plan' ? 'safety plan' : 'reason for ending';
      if (found.length !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['sections'],
          message: `A template has exactly one ${name} item.`,
        });
      else if (found[0]!.s.private || found[0]!.i.private)
        ctx.addIssue({
          code: 'custom',
          path: ['sections'],
          message: `The ${name} item cannot be private.`,
        });
    }
  });

/** A template after defaults are applied. */
export type Template = z.output<typeof TemplateSchema>;

/** A template as written in a file or sent by the editor (defaults may be missing). */
export type TemplateInput = z.input<typeof TemplateSchema>;

/** Names a template version: enough to tell which snapshot a session was run with. */
export interface TemplateRef {
  id: string;
  version: number;
}
