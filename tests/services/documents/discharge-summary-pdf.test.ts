/**
 * The discharge summary as a PDF (pdf.js text): every required heading and field in order, read
 * from the session record, "None given" for a blank diagnosis, the safety plan called "given to
 * the client" only when the handout has it; page 1 written as a PNG (where pdftoppm exists) for
 * people to look at: test-results/screens/discharge-summary-page-1.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDischargeSummary } from '../../../core/handout-model';
import { sampleSource } from '../../core/handout-model/source-fixture';
import { readPdf } from '../pdf/pdf-reader';
import { render } from '../pdf/render-helpers';

const COURSE = {
  op: 'course-of-care',
  course: {
    diagnosis: 'F41.1 Generalized anxiety disorder',
    firstSession: '2024-09-02',
    lastSession: '2025-03-14',
    dischargeDate: '2025-03-14',
    attended: 14,
    missed: 2,
    functioning: 'Back at work full time; sleeping through most nights.',
    medications: 'None',
    prognosis: 'Good, with the relapse plan and GP follow-up in place.',
  },
};

/** The labels a complete discharge summary shows, in reading order. */
const IN_ORDER = [
  'Discharge summary',
  'Course of care',
  'Diagnosis',
  'Dates of service',
  'Discharge date',
  'Sessions attended',
  'Sessions missed',
  'Reason for ending',
  'Presenting concerns',
  'Services and interventions',
  'Outcome measures',
  'Status and risk at discharge',
  'Functioning at discharge',
  'Medications',
  'Risk at discharge',
  'Safety plan',
  'Prognosis',
  'Recommendations and aftercare',
  'Referrals',
  'Signature',
];

async function pdfText(extra: unknown[]): Promise<{ text: string; bytes: Uint8Array }> {
  const bytes = await render(buildDischargeSummary(sampleSource({}, extra)));
  const read = await readPdf(bytes);
  return { text: read.pages.map((p) => p.text).join('\n'), bytes };
}

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('discharge summary PDF', () => {
  it('has every required heading and field in order, from the record, with credentials', async () => {
    const { text, bytes } = await pdfText([COURSE]);
    let at = -1;
    for (const label of IN_ORDER) {
      const next = text.indexOf(label, at + 1);
      expect(next, `${label} after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
    for (const value of [
      'F41.1 Generalized anxiety disorder',
      '2 September 2024 to 14 March 2025',
      'Back at work full time',
      'GP follow-up in place',
    ])
      expect(text).toContain(value);
    expect(text).toMatch(/In place \(given to the client/);
    const signature = text.lastIndexOf('Signature');
    expect(text.indexOf('MSc, Counselling', signature)).toBeGreaterThan(signature);
    expect(text.indexOf('Licence HCPC PYL12345', signature)).toBeGreaterThan(signature);
    mkdirSync('test-results/screens', { recursive: true });
    writeFileSync('test-results/discharge-summary-sample.pdf', bytes);
    if (hasPdftoppm()) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        'test-results/discharge-summary-sample.pdf',
        'test-results/screens/discharge-summary-page-1',
      ]);
      expect(existsSync('test-results/screens/discharge-summary-page-1.png')).toBe(true);
    } else console.warn('pdftoppm not found: discharge-summary-page-1.png not written');
  });

  it('says "None given" for a blank diagnosis, and "given to the client" only with the plan in the handout', async () => {
    const blank = (await pdfText([])).text;
    expect(blank).toMatch(/Diagnosis\s*None given/);
    expect(blank).toMatch(/In place \(given to the client/);
    const kept = (
      await pdfText([{ op: 'answer', itemId: 'safety-plan', answer: { inHandout: false } }])
    ).text;
    expect(kept).not.toMatch(/given to the client/);
    expect(kept).toMatch(/In place \(kept in the record/);
  });
});
