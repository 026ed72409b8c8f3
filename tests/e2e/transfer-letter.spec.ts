/**
 * A transfer of care, end to end: the Transfer of care checklist started from the home screen,
 * the reason for ending "Clinician leaving" (the runner says a transfer letter goes with it), the
 * receiving clinician, how to reach them, what was shared and the handover date, risk at handover
 * and the course of care typed in the runner (saved in the record), finalized; then the export
 * screen offers the Transfer letter for this reason, and the stored PDF (read back with pdf.js)
 * names the receiving clinician, opens "Private and confidential" with the dates of care and
 * closing date, and says what happens to the client's records. The discharge summary takes its
 * course of care from the record (the export screen asks for none) and prints it. A client who
 * ended by message gets the acknowledgement letter offered instead, and it reads as one.
 * Screenshots: transfer-letter (+ -dark).
 */
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';
import { expectSaved, sectionPanel } from './runner-helpers';
import { SAMPLE_PROFILE } from '../core/handout-model/sample-session';
import { readPdf } from '../services/pdf/pdf-reader';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

// A wrong step fails within seconds, not at the end of the whole test's time.
test.use({ actionTimeout: scaledTimeout(20_000) });

const NAME = 'محمد الأحمد';
const RECEIVING = 'Dr 王小明, Riverside Clinic';

test('transfer of care: clinician leaving → Transfer of care checklist → the transfer letter names the receiving clinician', async ({
  page,
  app,
}) => {
  test.setTimeout(scaledTimeout(180_000));
  await openWithNewVault(page, app.open);
  await app.handlers['settings.update']({ profile: SAMPLE_PROFILE, crisisRegion: 'GB' } as never);
  await app.handlers['clients.create']({
    displayName: NAME,
    preferredName: 'محمد',
    pronouns: '',
    recordCode: 'RC-3301',
    language: 'en',
    notes: '',
  } as never);
  await page.reload();

  // Start with the Transfer of care checklist.
  await page.getByRole('button', { name: `Start a closing session for ${NAME}` }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Start a closing document' })).toBeVisible();
  await page.getByRole('radio', { name: /Transfer of care/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /Transfer of care/ })).toBeChecked();
  await page.getByRole('button', { name: 'Start', exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Why care is moving' })).toBeVisible();

  // The reason for ending: the clinician is leaving; the runner names the letter that goes with it.
  const why = sectionPanel(page, 'why-care-is-moving');
  await why.getByLabel('Why is the work ending?').selectOption('clinician-leaving');
  await expect(why.locator('[data-letter="transfer"]')).toHaveText(
    /This ending goes with a transfer letter/,
  );

  // Handover: who takes over, how to reach them, what was shared, from when; risk; course of care.
  const rail = page.getByRole('navigation', { name: 'Sections' });
  await rail.getByRole('button', { name: /Handover/ }).press('Enter');
  const handover = sectionPanel(page, 'handover');
  await handover.getByLabel('Receiving clinician or service', { exact: true }).fill(RECEIVING);
  await handover.getByLabel('How to reach them', { exact: true }).fill('020 7946 0123');
  await handover
    .getByLabel("What was shared, with the client's consent", { exact: true })
    .fill('The discharge summary and the safety plan.');
  await handover.getByLabel('Handover date', { exact: true }).fill('1 April 2026');
  const risk = handover.locator('[data-item="risk-at-discharge"]');
  await risk.getByLabel('Date assessed').fill('2026-03-10');
  await risk.getByRole('radio', { name: 'No risk identified' }).press('Space');
  const course = handover.locator('[data-item="course-of-care"]');
  await course.getByLabel('First session (YYYY-MM-DD)').fill('2025-09-03');
  await course.getByLabel('Last session (YYYY-MM-DD)').fill('2026-03-10');
  await course.getByLabel('Diagnosis').fill('Adjustment disorder with anxiety');
  await course.getByLabel('Sessions attended').fill('24');
  await course.getByLabel('Prognosis').fill('Good, with continued support.');
  await course.getByLabel('Sessions attended').press('Tab');
  await expectSaved(page);

  // The course of care is saved in the record, not typed at export.
  const id = (await app.handlers['clients.list']({}))[0]!.documents[0]!.id;
  const stored = await app.handlers['sessions.get']({ id });
  expect(stored).toMatchObject({
    template: { id: 'transfer-of-care' },
    content: {
      reasonForEnding: { code: 'clinician-leaving' },
      courseOfCare: {
        firstSession: '2025-09-03',
        lastSession: '2026-03-10',
        diagnosis: 'Adjustment disorder with anxiety',
        attended: 24,
        prognosis: 'Good, with continued support.',
      },
    },
  });

  await page.getByRole('button', { name: 'Finalize…' }).press('Enter');
  await page.getByRole('button', { name: 'Finalize and lock' }).press('Enter');
  await expect(page.getByRole('heading', { name: /^Locked on / })).toBeVisible();

  // The export screen offers the transfer letter for this reason for ending.
  await page.getByRole('button', { name: 'Export…' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Make a PDF' })).toBeFocused();
  await expect(page.getByRole('radio', { name: /^Acknowledgement letter/ })).toHaveCount(0);
  await page.locator('label', { hasText: 'Transfer letter' }).click();
  await expect(page.getByRole('radio', { name: /^Transfer letter/ })).toBeChecked();
  await page.getByRole('button', { name: 'Make and store the PDF' }).click();
  await expect(page.getByRole('heading', { name: 'Your PDF is ready' })).toBeVisible();
  await expect(page.getByText('Transfer letter stored in your vault.')).toBeVisible();
  await expect(page.getByRole('img', { name: /Transfer letter, page 1 of \d+/ })).toHaveAttribute(
    'data-drawn-page',
    '1',
  );
  await screenshot(page, 'transfer-letter');

  const docs = await app.handlers['documents.list']({ sessionId: id } as never);
  const letter = docs.find((d: { kind: string }) => d.kind === 'transfer-letter')!;
  expect(letter).toBeDefined();
  const { base64 } = await app.handlers['documents.getPdf']({ documentId: letter.id } as never);
  const text = (await readPdf(new Uint8Array(Buffer.from(base64, 'base64')))).text.replace(
    /\s+/g,
    ' ',
  );
  expect(text.startsWith('Private and confidential')).toBe(true);
  expect(text).toContain(`Dear محمد`);
  expect(text).toContain('From 1 April 2026, your care will be with');
  expect(text).toContain('王小明');
  expect(text).toContain('Riverside Clinic');
  expect(text).toContain('You can reach them at 020 7946 0123.');
  expect(text).toContain(
    'With your agreement, I have passed on: The discharge summary and the safety plan.',
  );
  expect(text).toContain('Dates of care: 3 September 2025 to 10 March 2026');
  expect(text).toContain('Your records are kept securely for 7 years after our last session');
  expect(text).toContain('To ask, contact Records office, records@quietharbor.example.');
  expect(text).not.toContain('{');

  // The discharge summary reads the course of care from the record: nothing to type at export.
  await page.getByRole('button', { name: 'Make another' }).click();
  await page.locator('label', { hasText: 'Discharge summary' }).click();
  await expect(page.getByRole('region', { name: 'Course of care' })).toContainText(
    'Read from the session record',
  );
  await expect(page.getByRole('textbox', { name: /First session/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Make and store the PDF' }).click();
  await expect(page.getByRole('heading', { name: 'Your PDF is ready' })).toBeVisible();
  const summary = (await app.handlers['documents.list']({ sessionId: id } as never)).find(
    (d: { kind: string }) => d.kind === 'discharge-summary',
  )!;
  const summaryPdf = await app.handlers['documents.getPdf']({ documentId: summary.id } as never);
  const summaryText = (
    await readPdf(new Uint8Array(Buffer.from(summaryPdf.base64, 'base64')))
  ).text.replace(/\s+/g, ' ');
  expect(summaryText).toContain('Adjustment disorder with anxiety');
  expect(summaryText).toMatch(/Dates of service\s*3 September 2025 to 10 March 2026/);
  expect(summaryText).toMatch(/Sessions attended\s*24/);
  expect(summaryText).toContain('Clinician leaving');
  expect(summaryText).toContain('Good, with continued support.');
});

test('client ended by message: the export screen offers the acknowledgement letter, and it reads as one', async ({
  page,
  app,
}) => {
  test.setTimeout(scaledTimeout(120_000));
  await openWithNewVault(page, app.open);
  await app.handlers['settings.update']({ profile: SAMPLE_PROFILE, crisisRegion: 'GB' } as never);
  const client = await app.handlers['clients.create']({
    displayName: 'Zoë Ørsted',
    preferredName: 'Zoë',
    pronouns: '',
    recordCode: 'RC-3302',
    language: 'en',
    notes: '',
  } as never);
  const created = await app.handlers['sessions.create']({
    clientId: client.id,
    kind: 'closing-session',
    templateId: 'ended-by-message',
  } as never);
  const updated = await app.handlers['sessions.update']({
    id: created.id,
    expectedRev: created.rev,
    changes: [
      { op: 'reason', reason: { code: 'ended-by-message' } },
      {
        op: 'answer',
        itemId: 'message-received',
        answer: { text: 'E-mail on 3 March 2026' },
      },
      { op: 'risk-at-discharge', risk: { date: '2026-02-24', level: 'none', note: '' } },
    ],
  } as never);
  await app.handlers['sessions.finalize']({ id: created.id, expectedRev: updated.rev } as never);
  await page.reload();

  await page.getByRole('button', { name: 'Export a PDF for Zoë Ørsted' }).click();
  await expect(page.getByRole('heading', { name: 'Make a PDF' })).toBeFocused();
  await expect(page.getByRole('radio', { name: /^Transfer letter/ })).toHaveCount(0);
  await page.locator('label', { hasText: 'Acknowledgement letter' }).click();
  await page.getByRole('button', { name: 'Make and store the PDF' }).click();
  await expect(page.getByText('Acknowledgement letter stored in your vault.')).toBeVisible();

  const [letter] = await app.handlers['documents.list']({ sessionId: created.id } as never);
  expect(letter!.kind).toBe('acknowledgement-letter');
  const { base64 } = await app.handlers['documents.getPdf']({ documentId: letter!.id } as never);
  const text = (await readPdf(new Uint8Array(Buffer.from(base64, 'base64')))).text.replace(
    /\s+/g,
    ' ',
  );
  expect(text.startsWith('Private and confidential')).toBe(true);
  expect(text).toContain('Dear Zoë,');
  expect(text).toContain(
    'Thank you for letting me know that you have decided to end our sessions.',
  );
  expect(text).toContain('There is no pressure either way.');
  expect(text).toContain('You can ask for a copy of your records at any time.');
  expect(text).toContain('If you need help right away');
});
