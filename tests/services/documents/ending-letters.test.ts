/**
 * Transfer of care and Client ended by message: each template is valid and chosen from its reason
 * for ending; the transfer letter names the receiving clinician or service (read back from the PDF
 * with pdf.js); neither letter leaves blank-field artefacts whatever is left empty (fast-check).
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  letterForReason,
  missingForFinalize,
  REASON_FOR_ENDING_CODES,
  templateForReason,
} from '../../../core/checklist';
import { allItems, checkTemplate } from '../../../core/template';
import {
  buildAcknowledgementLetter,
  buildTransferLetter,
  transferDetails,
} from '../../../core/handout-model';
import type { DocumentSource } from '../../../core/handout-model/source';
import { DOCUMENT_CATALOGUES } from '../../../core/handout-i18n';
import { directionOf } from '../../../core/clients/languages';
import { renderDocument } from '../../../electron/services/pdf/render-document';
import { builtIn } from '../../core/template-fixtures';
import { draft, update } from '../../core/checklist-fixtures';
import { sampleSource } from '../../core/handout-model/source-fixture';
import { sampleCrisisLines } from '../../core/handout-model/sample-session';
import { textOf } from '../../core/handout-model/text-of';
import { readPdf } from '../pdf/pdf-reader';

const FONTS = resolve('resources/fonts');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Fields {
  receiving: string;
  contact: string;
  shared: string;
  handoverDate: string;
}

/** A document source over a Transfer of care (or Client ended by message) session. */
function letterSource(
  templateId: 'transfer-of-care' | 'ended-by-message',
  fields: Partial<Fields>,
  over: Partial<DocumentSource> = {},
): DocumentSource {
  const t = builtIn(templateId);
  const ids: Record<keyof Fields, string> = {
    receiving: 'transfer-receiving-name',
    contact: 'transfer-receiving-contact',
    shared: 'transfer-shared-with-consent',
    handoverDate: 'transfer-handover-date',
  };
  const changes = Object.entries(fields).map(([k, text]) => ({
    op: 'answer',
    itemId: ids[k as keyof Fields],
    answer: { text },
  }));
  const record =
    templateId === 'transfer-of-care' && changes.length > 0 ? update(draft(t), changes) : draft(t);
  return sampleSource({
    template: t,
    content: record.content,
    finalization: record.finalization,
    crisisLines: sampleCrisisLines(),
    ...over,
  });
}

describe('Transfer of care and Client ended by message templates', () => {
  it('are valid templates whose section times add up, chosen from the reason for ending', () => {
    for (const id of ['transfer-of-care', 'ended-by-message'] as const) {
      const t = builtIn(id);
      expect(checkTemplate(JSON.parse(JSON.stringify(t))).id).toBe(id);
      expect(t.sections.reduce((n, s) => n + s.timeHintMinutes, 0)).toBe(t.plannedMinutes);
      expect(allItems(t).map(({ item }) => item.id)).toContain('reason-for-ending');
    }
    expect(templateForReason('clinician-leaving')).toBe('transfer-of-care');
    expect(templateForReason('referred-elsewhere')).toBe('transfer-of-care');
    expect(templateForReason('ended-by-message')).toBe('ended-by-message');
    expect(templateForReason('stopped-attending')).toBe('unplanned-ending');
    expect(templateForReason('goals-met')).toBeNull();
    expect(REASON_FOR_ENDING_CODES.filter((c) => letterForReason(c) === 'transfer')).toEqual([
      'referred-elsewhere',
      'clinician-leaving',
    ]);
  });

  it('finalizing a transfer asks for the receiving clinician, what was shared and the date', () => {
    const t = builtIn('transfer-of-care');
    const labels = missingForFinalize(t, draft(t).content).map((m) => m.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Receiving clinician or service',
        "What was shared, with the client's consent",
        'Handover date',
      ]),
    );
    expect(labels).not.toContain('How to reach them');
  });
});

describe('transfer letter', () => {
  it('names the receiving clinician, how to reach them and the handover date (read from the PDF)', async () => {
    const source = letterSource('transfer-of-care', {
      receiving: 'Dr דנה לוי, Riverside Clinic',
      contact: '020 7946 0000',
      shared: 'The discharge summary.',
      handoverDate: '1 April 2025',
    });
    expect(transferDetails(source).receiving).toBe('Dr דנה לוי, Riverside Clinic');
    const read = await readPdf(
      await renderDocument(buildTransferLetter(source), { fontsDir: FONTS }),
    );
    const text = flat(read.text);
    expect(text).toContain('From 1 April 2025, your care will be with');
    expect(text).toContain('Riverside Clinic');
    expect(text).toContain('You can reach them at 020 7946 0000.');
    expect(text).toContain('With your agreement, I have passed on: The discharge summary.');
    expect(text).toContain('If you need help right away');
  });

  it('is in the client’s language in every complete catalogue', () => {
    for (const lang of Object.keys(DOCUMENT_CATALOGUES)) {
      const base = letterSource('transfer-of-care', { receiving: '王小明', handoverDate: '2025' });
      const source = {
        ...base,
        client: { ...base.client, language: lang, direction: directionOf(lang) },
      };
      const doc = buildTransferLetter(source);
      expect(doc.lang, lang).toBe(lang);
      expect(textOf(doc), lang).toContain('王小明');
    }
  });

  it('never leaves a blank-field artefact, whatever is left empty', () => {
    const maybe = fc.oneof(
      fc.constant(''),
      fc.constant('  '),
      fc.stringMatching(/^[\p{L}\d][\p{L}\d ]{0,18}$/u),
    );
    fc.assert(
      fc.property(
        fc.record({ receiving: maybe, contact: maybe, shared: maybe, handoverDate: maybe }),
        maybe,
        maybe,
        (fields, phone, email) => {
          const base = letterSource('transfer-of-care', fields);
          const source = { ...base, profile: { ...base.profile, phone, email } };
          for (const doc of [buildTransferLetter(source), buildAcknowledgementLetter(source)]) {
            const text = textOf(doc);
            expect(text).not.toMatch(/ at {1,2}or |at \.|with \.|From ,|passed on: $|\{\w+\}/m);
            expect(text).not.toMatch(/ at\s*\./);
          }
          const transfer = textOf(buildTransferLetter(source));
          if (fields.receiving.trim()) expect(transfer).toContain(fields.receiving.trim());
          else expect(transfer).not.toContain('your care will be with');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('acknowledgement letter (client ended by message)', () => {
  it('thanks the client, puts no pressure, leaves the door open and gives crisis lines', async () => {
    const source = letterSource('ended-by-message', {});
    const read = await readPdf(
      await renderDocument(buildAcknowledgementLetter(source), { fontsDir: FONTS }),
    );
    const text = flat(read.text);
    expect(text).toContain(
      'Thank you for letting me know that you have decided to end our sessions.',
    );
    expect(text).toContain('There is no pressure either way.');
    expect(text).toMatch(/You can reach me at .+\./);
    expect(text).toContain('If you need help right away');
  });
});
