/**
 * Letters for two more endings, each from its reason for ending: a transfer letter when the
 * clinician leaves or hands care to another clinician or service (naming them, how to reach them,
 * the handover date and what was shared with consent), and a short acknowledgement letter when
 * the client ends by message (thanks, no pressure, the door open, crisis lines). Both open like
 * the closure letter ("Private and confidential", the practice's letterhead, the dates of care and
 * the closing date) and say what happens to the client's records. Every fixed sentence comes from
 * the client's catalogue; a sentence whose field is blank is left out whole,
 * so no letter reads "at  or" or "From , ...".
 */
import type { DocumentBlock } from '../document/blocks';
import type { RenderableDocument } from '../document/document';
import type { DocumentWords } from '../handout-i18n/document-words';
import { TRANSFER_ITEM_IDS as ID } from '../template/built-in-templates';
import { crisisCallout, typedParagraph } from './item-blocks';
import { placeholderValues } from './placeholders';
import type { CommonOptions, DocumentSource } from './source';
import { asLetter, clientLanguage, letterCrisisLines, renderable } from './source';
import { letterHead, recordsParagraph } from './letter-head';
import { wordsFor } from './handout';

/** The two letters this module makes. */
export const ENDING_LETTER_KINDS = ['transfer', 'acknowledgement'] as const;

/** One of them. */
export type EndingLetterDocument = (typeof ENDING_LETTER_KINDS)[number];

/** The receiving clinician or service and the handover, as the transfer letter reads them. */
export interface TransferDetails {
  receiving: string;
  contact: string;
  shared: string;
  handoverDate: string;
}

/** The transfer details recorded in a session (blank strings where nothing was typed). */
export function transferDetails(source: Pick<DocumentSource, 'content'>): TransferDetails {
  const text = (id: string) => source.content.answers[id]?.text?.trim() ?? '';
  return {
    receiving: text(ID.receivingName),
    contact: text(ID.receivingContact),
    shared: text(ID.sharedWithConsent),
    handoverDate: text(ID.handoverDate),
  };
}

/** Paragraphs from a catalogue sentence that may hold blank lines between paragraphs. */
function paragraphs(text: string): DocumentBlock[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((p) => p.split('\n').flatMap((line) => typedParagraph(line)));
}

function crisis(source: DocumentSource, w: DocumentWords): DocumentBlock[] {
  return crisisCallout(
    letterCrisisLines(source, w.clientWords),
    w.t('letter.crisisTitle'),
    w.t('letter.crisisIntro'),
    w,
  );
}

/** Builds the transfer letter: who takes on the client's care, how to reach them, from when. */
export function buildTransferLetter(
  source: DocumentSource,
  options: CommonOptions = {},
): RenderableDocument {
  const w = wordsFor(source);
  const values = placeholderValues(source, w);
  const d = transferDetails(source);
  const middle: string[] = [];
  if (d.receiving)
    middle.push(
      d.handoverDate
        ? w.t('transfer.receiving', { receiving: d.receiving, handoverDate: d.handoverDate })
        : w.t('transfer.receivingNoDate', { receiving: d.receiving }),
    );
  if (d.contact) middle.push(w.t('transfer.contact', { contact: d.contact }));
  const blocks: DocumentBlock[] = [
    ...letterHead(source, values.date, w),
    ...paragraphs(w.t('transfer.opening', { clientName: values.clientName })),
    ...(middle.length > 0 ? typedParagraph(middle.join(' ')) : []),
    ...(d.shared ? paragraphs(w.t('transfer.shared', { shared: d.shared })) : []),
    recordsParagraph(source, w),
    ...paragraphs(w.t('transfer.closing', { clinicianName: values.clinicianName })),
    ...crisis(source, w),
  ];
  return asLetter(
    renderable(
      w.t('transfer.metaTitle'),
      source,
      options,
      blocks,
      clientLanguage(source.client),
      w,
    ),
  );
}

/** Builds the short acknowledgement letter for a client who ended by message. */
export function buildAcknowledgementLetter(
  source: DocumentSource,
  options: CommonOptions = {},
): RenderableDocument {
  const w = wordsFor(source);
  const values = placeholderValues(source, w);
  const contacts = [values.practicePhone, values.practiceEmail].filter(Boolean);
  const door = [
    w.t('ack.door'),
    ...(contacts.length > 0 ? [w.t('ack.contact', { contacts: w.or(contacts) })] : []),
  ].join(' ');
  const blocks: DocumentBlock[] = [
    ...letterHead(source, values.date, w),
    ...paragraphs(w.t('ack.opening', { clientName: values.clientName })),
    ...typedParagraph(door),
    recordsParagraph(source, w),
    ...paragraphs(w.t('ack.closing', { clinicianName: values.clinicianName })),
    ...crisis(source, w),
  ];
  return asLetter(
    renderable(w.t('letter.metaTitle'), source, options, blocks, clientLanguage(source.client), w),
  );
}
