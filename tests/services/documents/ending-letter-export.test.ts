/**
 * The transfer and acknowledgement letters are documents of their own: offered for the reason for
 * ending that calls for them, made through documents.export, stored in the vault with the session
 * and made again byte for byte by documents.regenerate; the stored transfer letter names the
 * receiving clinician (read back with pdf.js).
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_OUTPUT_KINDS, letterOutputFor } from '../../../core/documents/document-record';
import { REASON_FOR_ENDING_CODES } from '../../../core/checklist';
import { readPdf } from '../pdf/pdf-reader';
import { fromBase64, sampleVault } from './documents-helpers';

describe('the letter for a reason for ending', () => {
  it('is the transfer letter for clinician leaving or referred elsewhere, the acknowledgement for a message, else none', () => {
    const offered = Object.fromEntries(REASON_FOR_ENDING_CODES.map((c) => [c, letterOutputFor(c)]));
    expect(offered).toEqual({
      'goals-met': null,
      'mutual-agreement': null,
      'client-choice': null,
      'stopped-attending': null,
      moved: null,
      'financial-or-insurance': null,
      'referred-elsewhere': 'transfer-letter',
      'higher-level-of-care': null,
      'clinician-leaving': 'transfer-letter',
      'ended-by-message': 'acknowledgement-letter',
      other: null,
    });
    expect(letterOutputFor(null)).toBeNull();
    expect(DOCUMENT_OUTPUT_KINDS).toEqual(
      expect.arrayContaining(['transfer-letter', 'acknowledgement-letter']),
    );
  });
});

describe('documents.export of the ending letters', () => {
  it('stores the transfer letter naming the receiving clinician, and the acknowledgement letter; regenerate gives the same bytes', async () => {
    const { h, client } = await sampleVault({ finalize: false });
    const created = await h.call('sessions.create', {
      clientId: client.id,
      templateId: 'transfer-of-care',
    });
    const session = await h.call('sessions.update', {
      id: created.id,
      expectedRev: created.rev,
      changes: [
        { op: 'reason', reason: { code: 'referred-elsewhere' } },
        {
          op: 'answer',
          itemId: 'transfer-receiving-name',
          answer: { text: 'דנה לוי, Harbour CMHT' },
        },
        { op: 'answer', itemId: 'transfer-handover-date', answer: { text: '2 May 2026' } },
      ],
    });
    const transfer = await h.call('documents.export', {
      sessionId: session.id,
      kind: 'transfer-letter',
    });
    expect(transfer).toMatchObject({ kind: 'transfer-letter', sessionId: session.id, pages: 1 });
    const text = (
      await readPdf(
        fromBase64((await h.call('documents.getPdf', { documentId: transfer.id })).base64),
      )
    ).text.replace(/\s+/g, ' ');
    expect(text.startsWith('Private and confidential')).toBe(true);
    expect(text).toContain('From 2 May 2026, your care will be with');
    expect(text).toContain('Harbour CMHT');
    expect(text).toContain('Your records are kept securely for 7 years');

    const ack = await h.call('documents.export', {
      sessionId: session.id,
      kind: 'acknowledgement-letter',
    });
    expect(ack.kind).toBe('acknowledgement-letter');
    expect(
      (await h.call('documents.list', { sessionId: session.id })).map((d) => d.kind).sort(),
    ).toEqual(['acknowledgement-letter', 'transfer-letter']);
    expect(await h.call('documents.regenerate', { documentId: transfer.id })).toMatchObject({
      identical: true,
    });
  });
});
