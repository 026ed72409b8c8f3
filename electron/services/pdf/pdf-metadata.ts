/** What the PDF's Info dictionary says: generic words only, never client data. */
export interface PdfInfo {
  Title: string;
  Author: string;
  Subject: string;
  Keywords: string;
  Creator: string;
  Producer: string;
  CreationDate: Date;
  ModDate: Date;
}

/** The app name written as Creator and Producer. */
export const PRODUCER = 'Closing Session';

/**
 * Builds the Info dictionary: the generic title, empty Author/Subject/Keywords, the app as
 * Creator/Producer, and the fixed creation date when one is given (else now).
 */
export function pdfInfo(
  title: string,
  creationDate: string | undefined,
  now: () => Date = () => new Date(),
): PdfInfo {
  const date = creationDate ? new Date(creationDate) : now();
  if (Number.isNaN(date.getTime()))
    throw new RangeError(`Not a valid creation date: ${creationDate}`);
  return {
    Title: title,
    Author: '',
    Subject: '',
    Keywords: '',
    Creator: PRODUCER,
    Producer: PRODUCER,
    CreationDate: date,
    ModDate: date,
  };
}

/**
 * Writes the reading order into the catalog's ViewerPreferences (/Direction /R2L or /L2R), so
 * viewers lay out facing pages and scroll right-to-left documents the right way. Needs the
 * document to have been created with displayTitle (which creates ViewerPreferences).
 */
export function setReadingDirection(doc: PDFKit.PDFDocument, direction: 'ltr' | 'rtl'): void {
  const prefs = doc._root.data.ViewerPreferences;
  if (!prefs)
    throw new Error('ViewerPreferences missing: create the document with displayTitle: true');
  prefs.data.Direction = direction === 'rtl' ? 'R2L' : 'L2R';
}
