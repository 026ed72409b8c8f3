/**
 * The closure letter for a client who stopped coming: warm and non-blaming, the door left open,
 * referrals (at least three when the clinician has them) and crisis lines. Two variants: minimal
 * (no diagnosis or treatment details) and clinical (adds a short summary of the work, from the
 * client-facing content only). The letter's words are editable text with placeholders.
 */
import { clientFacingContent } from '../checklist/client-facing';
import type { ReferralSnapshot } from '../checklist/answer-schema';
import type { DocumentBlock } from '../document/blocks';
import type { RenderableDocument } from '../document/document';
import { WELL_KNOWN_ITEM_IDS as ID } from '../template/built-in-templates';
import { crisisCallout, namedGoals, rating, referralLine, typedList, typedParagraph } from './item-blocks';
import { fillPlaceholders, placeholderValues } from './placeholders';
import type { CommonOptions, DocumentSource } from './source';
import { clientLanguage, clinicianLine, letterCrisisLines, renderable } from './source';

import type { LetterVariant } from './choices';

/** The generic metadata title of a letter. */
export const LETTER_TITLE = 'Letter';

/** The fewest referrals a closure letter offers when the clinician has that many. */
export const MIN_LETTER_REFERRALS = 3;

const OPENING = `Dear {clientName},

I have not heard from you for a while, and I wanted to write rather than simply let our work drift to a close. People step away from therapy for all kinds of good reasons, and there is nothing you need to explain.`;

const CLOSING = `As we have not been able to arrange another session, I will close your file for now. This does not close the door: if you would like to pick things up again, or simply talk about what might help next, you are welcome to contact me at {practicePhone} or {practiceEmail}.

If you would rather see someone else, the services listed below are good places to start. And if you ever feel unsafe or overwhelmed, please use the crisis lines in this letter — you do not have to wait.

I wish you well.

With warm regards,
{clinicianName}`;

const CLINICAL_MIDDLE = `Looking back on our work together, I want to recognise the effort you put in. A short summary of where things stood when we last met is below, in case it is useful to you or to anyone you see next.`;

/** The default wording of a letter variant, with placeholders. */
export function defaultLetterText(variant: LetterVariant): string {
  return variant === 'minimal' ? `${OPENING}\n\n${CLOSING}` : `${OPENING}\n\n${CLINICAL_MIDDLE}\n\n${CLOSING}`;
}

/** What the letter builder needs besides the source. */
export interface LetterOptions extends CommonOptions {
  variant: LetterVariant;
  /** The clinician's wording with placeholders; the variant's default when absent. */
  text?: string;
}

/**
 * The referrals the letter offers: the session's own, topped up from the clinician's directory to
 * at least MIN_LETTER_REFERRALS when it has more (no duplicates by name).
 */
export function letterReferrals(own: readonly ReferralSnapshot[], directory: readonly ReferralSnapshot[]): ReferralSnapshot[] {
  const out = [...own];
  const names = new Set(own.map((r) => r.name.trim().toLowerCase()));
  for (const r of directory) {
    if (out.length >= MIN_LETTER_REFERRALS) break;
    if (names.has(r.name.trim().toLowerCase())) continue;
    names.add(r.name.trim().toLowerCase());
    out.push(r);
  }
  return out;
}

function letterhead(source: DocumentSource, date: string): DocumentBlock[] {
  const p = source.profile;
  const lines = [p.practiceName, clinicianLine(p), p.address, [p.phone, p.email].filter((s) => s.trim()).join(' · ')].map((s) => s.trim()).filter(Boolean);
  return [
    ...lines.map((text, i) => ({ type: 'paragraph', text: i === 0 ? [{ text, emphasis: 'strong' as const }] : text, tone: 'quiet' }) as DocumentBlock),
    { type: 'spacer', size: 10 },
    { type: 'paragraph', text: date },
    { type: 'spacer', size: 4 },
  ];
}

function clinicalSummary(source: DocumentSource): DocumentBlock[] {
  const view = clientFacingContent(source.template, source.content);
  const item = (id: string) => view.sections.flatMap((s) => s.items).find((i) => i.id === id);
  const goals = namedGoals(item(ID.goals)?.answer.goals);
  const helped = item(ID.whatHelped)?.answer.text?.trim() ?? '';
  const blocks: DocumentBlock[] = [];
  if (goals.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: 'What we worked on' });
    blocks.push(...typedList(goals.map((g) => `${g.goal.trim()} (from ${rating(g.start)} to ${rating(g.now)} out of 10)`)));
  }
  if (helped) blocks.push({ type: 'heading', level: 3, text: 'What seemed to help' }, ...typedParagraph(helped));
  return blocks;
}

/** Builds the closure letter in the chosen variant, with the clinician's (or the default) wording. */
export function buildClosureLetter(source: DocumentSource & { directoryReferrals?: readonly ReferralSnapshot[] }, options: LetterOptions): RenderableDocument {
  const values = placeholderValues(source);
  const filled = fillPlaceholders(options.text ?? defaultLetterText(options.variant), values);
  const referrals = letterReferrals(source.content.answers[ID.referrals]?.referrals ?? [], source.directoryReferrals ?? []);
  const paragraphs = filled.split(/\n\s*\n/);
  const body: DocumentBlock[] = paragraphs.flatMap((p) => p.split('\n').flatMap((line) => typedParagraph(line)));
  const summary = options.variant === 'clinical' ? clinicalSummary(source) : [];
  const blocks: DocumentBlock[] = [
    ...letterhead(source, values.date),
    ...body,
    ...summary,
    ...(referrals.length > 0 ? [{ type: 'heading', level: 2, text: 'Other places you can turn to' } as DocumentBlock, { type: 'list', items: referrals.map(referralLine) } as DocumentBlock] : []),
    ...crisisCallout(letterCrisisLines(source), 'If you need help right away', 'These lines are there day and night:'),
  ];
  return renderable(LETTER_TITLE, source, options, blocks, clientLanguage(source.client));
}
