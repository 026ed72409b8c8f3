/**
 * The recovery key as a one-page PDF to print and keep away from the computer: a title, the
 * key in large groups, plain instructions and the date. No client data; generic metadata title.
 */
import type { DocumentBlock } from '../../../core/document/blocks';
import type { RenderableDocument } from '../../../core/document/document';
import { renderDocument } from '../pdf/render-document';

/** The default file name offered in the save dialog (no client data, no date needed). */
export const RECOVERY_KEY_PDF_NAME = 'closing-session-recovery-key.pdf';

/** The title shown in the PDF and stored in its metadata. */
export const RECOVERY_KEY_PDF_TITLE = 'Closing Session recovery key';

/** Builds the one-page document for a formatted recovery key (`XXXX-XXXX-…`). */
export function recoveryKeyDocument(recoveryKey: string, date: Date): RenderableDocument {
  const made = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(date);
  const blocks: DocumentBlock[] = [
    { type: 'heading', level: 1, text: RECOVERY_KEY_PDF_TITLE },
    {
      type: 'paragraph',
      text: 'This key opens your encrypted Closing Session records if you ever forget your passphrase. With it you can set a new passphrase.',
    },
    { type: 'heading', level: 2, text: recoveryKey.split('-').join(' ') },
    {
      type: 'paragraph',
      tone: 'quiet',
      text: `${recoveryKey.split('-').length} groups of four letters and digits. Capital or small letters, spaces or dashes: all work when you type it.`,
    },
    { type: 'heading', level: 3, text: 'Keep it safe' },
    {
      type: 'list',
      items: [
        'Print this page, or write the key down by hand.',
        'Keep the paper away from the computer, somewhere locked or private, such as with your practice documents.',
        'Anyone with this key and a copy of your records can read them: do not email it, photograph it or store it next to your backups.',
        'Once printed, delete this PDF file and empty the trash.',
        'If you lose the key while you still know your passphrase, your records stay safe; a new key cannot be made, so keep this one well.',
      ],
    },
    { type: 'spacer', size: 12 },
    { type: 'paragraph', tone: 'quiet', text: `Created on ${made}.` },
  ];
  return { title: RECOVERY_KEY_PDF_TITLE, lang: 'en', direction: 'ltr', pageSize: 'A4', blocks };
}

/** Renders the recovery key PDF with the shipped fonts. */
export function renderRecoveryKeyPdf(
  recoveryKey: string,
  date: Date,
  fontsDir: string,
): Promise<Uint8Array> {
  return renderDocument(recoveryKeyDocument(recoveryKey, date), { fontsDir });
}
