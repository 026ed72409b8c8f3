/**
 * What every ending letter (closure, transfer, acknowledgement) opens with and says about the
 * client's records: "Private and confidential", the practice's letterhead, the letter's date, the
 * dates of care and the closing date; and the records paragraph (what stays confidential, how
 * long records are kept, how to get a copy and whom to ask), which the handout shares.
 */
import type { DocumentBlock } from '../document/blocks';
import type { DocumentWords } from '../handout-i18n/document-words';
import { courseOf } from './discharge-course';
import { contactForLetter } from './placeholders';
import type { DocumentSource } from './source';
import { clinicianLine } from './source';

/**
 * The letter's opening blocks: "Private and confidential", the practice's name, the clinician,
 * address and phone · e-mail (what is filled in), the date, the dates of care (first to last
 * session, from the record's course of care, when both are known) and the closing date (the
 * discharge date, else the letter's date).
 */
export function letterHead(
  source: DocumentSource,
  date: string,
  w: DocumentWords,
): DocumentBlock[] {
  const p = source.profile;
  const course = courseOf(source);
  const fmt = (d: string) => w.date(d, source.handout.dateFormat);
  const from = course.firstSession;
  const to = course.lastSession ?? course.dischargeDate;
  const care: DocumentBlock[] = [
    ...(from && to
      ? [
          {
            type: 'paragraph',
            text: w.t('letter.datesOfCare', { from: fmt(from), to: fmt(to) }),
          } as DocumentBlock,
        ]
      : []),
    {
      type: 'paragraph',
      text: w.t('letter.closingDate', { date: fmt(course.dischargeDate ?? source.date) }),
    },
  ];
  const lines = [
    p.practiceName,
    clinicianLine(p),
    p.address,
    [p.phone, p.email].filter((s) => s.trim()).join(' · '),
  ]
    .map((s) => s.trim())
    .filter(Boolean);
  return [
    {
      type: 'paragraph',
      text: [{ text: w.t('letter.confidential'), emphasis: 'strong' as const }],
    },
    { type: 'spacer', size: 6 },
    ...lines.map(
      (text, i) =>
        ({
          type: 'paragraph',
          text: i === 0 ? [{ text, emphasis: 'strong' as const }] : text,
          tone: 'quiet',
          // The practice's own details as typed, in their own direction: on an Arabic letter
          // '12 Harbour Lane' must not read 'Harbour Lane … 12'.
          direction: 'auto',
        }) as DocumentBlock,
    ),
    { type: 'spacer', size: 10 },
    { type: 'paragraph', text: date },
    ...care,
    { type: 'spacer', size: 4 },
  ];
}

/**
 * The sentences about the client's records after the ending, in the document's language: what
 * they shared stays confidential; how long records are kept (when the practice has set it); that
 * they can ask for a copy; and whom to ask (the records contact in Settings, else the practice's
 * phone or e-mail, website, address or name; the sentence is left out when there is none).
 */
export function recordsSentences(
  source: Pick<DocumentSource, 'profile'>,
  w: DocumentWords,
): string[] {
  const p = source.profile;
  const contact = p.recordsContact.trim() || contactForLetter(p, w);
  return [
    w.t('records.confidential'),
    ...(p.recordsYears > 0 ? [w.t('records.kept', { years: p.recordsYears })] : []),
    w.t('records.access'),
    ...(contact ? [w.t('records.contact', { contact })] : []),
  ];
}

/** The records paragraph of a letter. */
export function recordsParagraph(
  source: Pick<DocumentSource, 'profile'>,
  w: DocumentWords,
): DocumentBlock {
  return { type: 'paragraph', text: recordsSentences(source, w).join(' ') };
}
