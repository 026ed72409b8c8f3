/**
 * What every document is built from: the session's template snapshot, its content and
 * finalization, the client, the clinician's profile and handout settings, the crisis lines for
 * the client's region, and the date the document carries. Plain data only, so the builders stay
 * pure and testable without the services or pdfkit.
 */
import type { TextMeasure } from '../chart/label-geometry';
import type { Finalization } from '../checklist/finalize';
import type { CrisisLineSnapshot } from '../checklist/answer-schema';
import {
  crisisLinesShown,
  type LocalEmergencyWords,
  LOCAL_EMERGENCY_WORDS_EN,
} from '../crisis-lines/lines-shown';
import type { ClientWords } from '../client-words/messages-en';
import type { DocumentWords } from '../handout-i18n/document-words';
import type { MeasurePrefs } from '../measures/measure-prefs';
import type { SessionContent } from '../checklist/content-schema';
import type { CourseOfCare } from '../checklist/course-of-care';
import type { Client } from '../clients/client';
import type { DocumentBlock } from '../document/blocks';
import type { PageSize, RenderableDocument } from '../document/document';
import type { HandoutDefaults, Profile } from '../settings/settings-schema';
import type { Template } from '../template/template-schema';

/** The parts of the client record a document may use (never the clinician's notes). */
export type DocumentClient = Pick<
  Client,
  'displayName' | 'preferredName' | 'pronouns' | 'recordCode' | 'language' | 'direction'
>;

/** Facts about the course of care (the session record's own, in `content.courseOfCare`, come first). */
export type { CourseOfCare } from '../checklist/course-of-care';

/** The handout settings a document reads (the wording settings may be absent: the catalogue as shipped). */
export type DocumentHandoutSettings = Omit<HandoutDefaults, 'wordingOverrides' | 'wordingChecked'> &
  Partial<Pick<HandoutDefaults, 'wordingOverrides' | 'wordingChecked'>>;

/** Everything a document builder reads. */
export interface DocumentSource {
  template: Template;
  content: SessionContent;
  finalization: Finalization;
  client: DocumentClient;
  profile: Profile;
  handout: DocumentHandoutSettings;
  /** Lines for the client's region: its emergency number joins the chosen lines; a letter uses them all when none were chosen. */
  crisisLines: readonly CrisisLineSnapshot[];
  /** How the clinician reads scores (the GAD-7 cut-off from Settings); the measures' own definitions when absent. */
  measurePrefs?: MeasurePrefs;
  /** The date the document carries, YYYY-MM-DD. */
  date: string;
  /** Fixed creation time (ISO 8601) written into the PDF, so re-export is byte-identical. */
  creationDate?: string;
  /** Course-of-care values given at export (older records): they fill only what the record leaves blank. */
  course?: CourseOfCare;
}

/** Options every document shares. */
export interface CommonOptions {
  /** Overrides the page size from the handout settings. */
  pageSize?: PageSize;
  /** Widths of chart label text as the PDF sets it, to place chart labels (default: a conservative estimate). */
  chartText?: TextMeasure;
}

/** The name a client-facing document addresses the client by: the preferred name, else the display name. */
export function addressName(client: DocumentClient): string {
  return client.preferredName.trim() || client.displayName.trim();
}

/** The clinician's name with credentials, e.g. "Ελπίδα Παπαδοπούλου, LPC" (empty when no name is set). */
export function clinicianLine(profile: Profile): string {
  const name = profile.name.trim();
  const credentials = profile.credentials.trim();
  return name && credentials ? `${name}, ${credentials}` : name;
}

/** The practice's contact details as one line (phone, email, website), skipping what is empty. */
export function practiceContact(profile: Profile): string {
  return [profile.phone, profile.email, profile.website]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' · ');
}

/**
 * The crisis lines the handout shows: exactly the ones chosen in the session plus the region's
 * emergency number (or "call your local emergency number"), the same list as the client view.
 */
export function crisisLinesFor(
  source: DocumentSource,
  words?: ClientWords,
): readonly CrisisLineSnapshot[] {
  return crisisLinesShown(
    source.content.answers['crisis-lines']?.crisisLines ?? [],
    source.crisisLines,
    emergencyWords(words),
  );
}

/**
 * The crisis lines a closure letter shows: the ones chosen in the session when there are any,
 * else the region's lines (a client who stopped coming had no session to choose them in); always
 * with an emergency number.
 */
export function letterCrisisLines(
  source: DocumentSource,
  words?: ClientWords,
): readonly CrisisLineSnapshot[] {
  const chosen = source.content.answers['crisis-lines']?.crisisLines ?? [];
  return crisisLinesShown(
    chosen.length > 0 ? chosen : source.crisisLines.filter((line) => !line.emergency),
    source.crisisLines,
    emergencyWords(words),
  );
}

function emergencyWords(words: ClientWords | undefined): LocalEmergencyWords {
  return words
    ? {
        name: words['client.crisis.localEmergencyName'],
        instructions: words['client.crisis.localEmergencyInstructions'],
      }
    : LOCAL_EMERGENCY_WORDS_EN;
}

/** A document's language (BCP 47) and writing direction. */
export interface DocumentLanguage {
  lang: string;
  direction: 'ltr' | 'rtl';
}

/** The language the documents' own wording (headings, fixed sentences) is written in. */
export const FIXED_TEXT_LANGUAGE: DocumentLanguage = { lang: 'en', direction: 'ltr' };

/** The clinician's language: the discharge summary, a clinical record, is written in it. */
export const CLINICIAN_LANGUAGE: DocumentLanguage = FIXED_TEXT_LANGUAGE;

/** The client's handout language: client-facing documents (handout, letters) are in it. */
export function clientLanguage(client: DocumentClient): DocumentLanguage {
  return { lang: client.language || FIXED_TEXT_LANGUAGE.lang, direction: client.direction };
}

/**
 * Marks the blocks that hold the documents' own wording (those that set no direction; typed text
 * sets 'auto') with the language and direction that wording is really in, when the document's
 * language differs: a Hebrew client's handout says Hebrew, right-to-left, while its English
 * headings stay English, left-to-right, for screen readers and on the page.
 */
function markFixedText(
  blocks: DocumentBlock[],
  language: DocumentLanguage,
  fixed: DocumentLanguage = FIXED_TEXT_LANGUAGE,
): DocumentBlock[] {
  if (language.lang === fixed.lang && language.direction === fixed.direction) return blocks;
  return blocks.map((block) => {
    if (
      block.type === 'chart' ||
      block.type === 'pageBreak' ||
      block.type === 'spacer' ||
      block.direction !== undefined
    )
      return block;
    return { ...block, lang: block.lang ?? fixed.lang, direction: fixed.direction };
  });
}

/** Pages a letter keeps to when a tighter layout lets it (see RenderableDocument.keepToPages). */
export const LETTER_PAGES = 1;

/** A letter: kept to one page when a tighter layout within the limits lets it, never spilling a few lines onto a second. */
export function asLetter(document: RenderableDocument): RenderableDocument {
  return { ...document, keepToPages: LETTER_PAGES };
}

/**
 * Wraps a document's blocks with what every output shares: a generic title (never client data),
 * the document's language and direction (written into the PDF's catalog), the page size chosen
 * for this export or in settings, the "Page 1 of 3" label and, when the record has one, its fixed
 * creation date (so re-exporting gives the same bytes).
 */
export function renderable(
  title: string,
  source: DocumentSource,
  options: CommonOptions,
  blocks: DocumentBlock[],
  language: DocumentLanguage = CLINICIAN_LANGUAGE,
  words?: DocumentWords,
): RenderableDocument {
  // The documents' own wording is in the words' language (English when the client's has no catalogue).
  const fixed: DocumentLanguage =
    words && words.lang !== FIXED_TEXT_LANGUAGE.lang ? language : FIXED_TEXT_LANGUAGE;
  return {
    title,
    lang: language.lang,
    direction: language.direction,
    pageSize: options.pageSize ?? source.handout.pageSize,
    pageLabel: words
      ? words.t('page.label', { page: '{page}', total: '{total}' })
      : 'Page {page} of {total}',
    ...(source.creationDate ? { creationDate: source.creationDate } : {}),
    blocks: markFixedText(blocks, language, fixed),
  };
}
