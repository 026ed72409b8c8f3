/**
 * The closure letter for a client who stopped coming: marked private and confidential, with the
 * dates of care and the closing date, warm and non-blaming, an explicit offer of a closing
 * session, what happens to their records, the door left open, exactly the referrals the clinician
 * picked for this client, and crisis lines. Two variants: minimal (no diagnosis or treatment details) and clinical (adds a
 * short summary of the work, from the client-facing content only, before the closing words). The
 * letter's words are editable text with placeholders.
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
import { letterHead, recordsParagraph } from './letter-head';
import {
  fillPlaceholders,
  joinContactPlaceholders,
  placeholderValues,
  tidyFilled,
} from './placeholders';
import type { CommonOptions, DocumentSource } from './source';
import { asLetter, clientLanguage, letterCrisisLines, renderable } from './source';

import type { LetterVariant } from './choices';
import { type DocumentWords, documentWords } from '../handout-i18n/document-words';
import { wordsFor } from './handout';

/** The generic metadata title of a letter. */
export const LETTER_TITLE = 'Letter';

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

/**
 * Builds the closure letter in the chosen variant, with the clinician's (or the default) wording.
 * The referrals are exactly those picked in the session (`directoryReferrals` is not used).
 */
export function buildClosureLetter(
  source: DocumentSource & { directoryReferrals?: readonly ReferralSnapshot[] },
  options: LetterOptions,
): RenderableDocument {
  const w = wordsFor(source);
  const values = placeholderValues(source, w);
  const text = joinContactPlaceholders(options.text ?? defaultLetterText(options.variant, w));
  const filled = tidyFilled(fillPlaceholders(text, values));
  const referrals = source.content.answers[ID.referrals]?.referrals ?? [];
  const paragraphs = filled.split(/\n\s*\n/);
  const closingStart = tidyFilled(
    fillPlaceholders(joinContactPlaceholders(w.catalogue['letter.closing']), values),
  ).split(/\n\s*\n/)[0];
  const at = paragraphs.findIndex((p) => p.trim() === closingStart?.trim());
  const split = at === -1 ? paragraphs.length : at;
  const toBlocks = (list: string[]) =>
    list.flatMap((p) => p.split('\n').flatMap((line) => typedParagraph(line)));
  const summary = options.variant === 'clinical' ? clinicalSummary(source, w) : [];
  const blocks: DocumentBlock[] = [
    ...letterHead(source, values.date, w),
    ...toBlocks(paragraphs.slice(0, split)),
    ...summary,
    ...typedParagraph(w.t('letter.closingSession')),
    recordsParagraph(source, w),
    ...toBlocks(paragraphs.slice(split)),
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
  return asLetter(
    renderable(w.t('letter.metaTitle'), source, options, blocks, clientLanguage(source.client), w),
  );
}
