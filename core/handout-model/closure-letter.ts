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
import {
  crisisCallout,
  namedGoals,
  rating,
  referralLine,
  typedList,
  typedParagraph,
} from './item-blocks';
import { fillPlaceholders, placeholderValues } from './placeholders';
import type { CommonOptions, DocumentSource } from './source';
import { clientLanguage, clinicianLine, letterCrisisLines, renderable } from './source';

import type { LetterVariant } from './choices';
import { type DocumentWords, documentWords } from '../handout-i18n/document-words';
import { wordsFor } from './handout';

/** The generic metadata title of a letter. */
export const LETTER_TITLE = 'Letter';

/** The fewest referrals a closure letter offers when the clinician has that many. */
export const MIN_LETTER_REFERRALS = 3;

/** The default wording of a letter variant, with placeholders, in the client's language (English when it has no catalogue). */
export function defaultLetterText(
  variant: LetterVariant,
  words: DocumentWords = documentWords('en'),
): string {
  const c = words.catalogue;
  return variant === 'minimal'
    ? `${c['letter.opening']}\n\n${c['letter.closing']}`
    : `${c['letter.opening']}\n\n${c['letter.clinicalMiddle']}\n\n${c['letter.closing']}`;
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
export function letterReferrals(
  own: readonly ReferralSnapshot[],
  directory: readonly ReferralSnapshot[],
): ReferralSnapshot[] {
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
  const lines = [
    p.practiceName,
    clinicianLine(p),
    p.address,
    [p.phone, p.email].filter((s) => s.trim()).join(' · '),
  ]
    .map((s) => s.trim())
    .filter(Boolean);
  return [
    ...lines.map(
      (text, i) =>
        ({
          type: 'paragraph',
          text: i === 0 ? [{ text, emphasis: 'strong' as const }] : text,
          tone: 'quiet',
        }) as DocumentBlock,
    ),
    { type: 'spacer', size: 10 },
    { type: 'paragraph', text: date },
    { type: 'spacer', size: 4 },
  ];
}

function clinicalSummary(source: DocumentSource, w: DocumentWords): DocumentBlock[] {
  const view = clientFacingContent(source.template, source.content);
  const item = (id: string) => view.sections.flatMap((s) => s.items).find((i) => i.id === id);
  const goals = namedGoals(item(ID.goals)?.answer.goals);
  const helped = item(ID.whatHelped)?.answer.text?.trim() ?? '';
  const blocks: DocumentBlock[] = [];
  if (goals.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: w.t('letter.workedOn') });
    blocks.push(
      ...typedList(
        goals.map((g) =>
          w.t('letter.goalLine', {
            goal: g.goal.trim(),
            start: rating(g.start),
            now: rating(g.now),
          }),
        ),
      ),
    );
  }
  if (helped)
    blocks.push(
      { type: 'heading', level: 3, text: w.t('letter.seemedToHelp') },
      ...typedParagraph(helped),
    );
  return blocks;
}

/** Builds the closure letter in the chosen variant, with the clinician's (or the default) wording. */
export function buildClosureLetter(
  source: DocumentSource & { directoryReferrals?: readonly ReferralSnapshot[] },
  options: LetterOptions,
): RenderableDocument {
  const w = wordsFor(source);
  const values = placeholderValues(source, w);
  const filled = fillPlaceholders(options.text ?? defaultLetterText(options.variant, w), values);
  const referrals = letterReferrals(
    source.content.answers[ID.referrals]?.referrals ?? [],
    source.directoryReferrals ?? [],
  );
  const paragraphs = filled.split(/\n\s*\n/);
  const body: DocumentBlock[] = paragraphs.flatMap((p) =>
    p.split('\n').flatMap((line) => typedParagraph(line)),
  );
  const summary = options.variant === 'clinical' ? clinicalSummary(source, w) : [];
  const blocks: DocumentBlock[] = [
    ...letterhead(source, values.date),
    ...body,
    ...summary,
    ...(referrals.length > 0
      ? [
          { type: 'heading', level: 2, text: w.t('letter.otherPlaces') } as DocumentBlock,
          { type: 'list', items: referrals.map(referralLine) } as DocumentBlock,
        ]
      : []),
    ...crisisCallout(
      letterCrisisLines(source, w.clientWords),
      w.t('letter.crisisTitle'),
      w.t('letter.crisisIntro'),
      w,
    ),
  ];
  return renderable(
    w.t('letter.metaTitle'),
    source,
    options,
    blocks,
    clientLanguage(source.client),
    w,
  );
}
