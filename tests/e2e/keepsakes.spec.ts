/**
 * The two keepsakes: the client's letter to their future self typed in the runner, switched into
 * the handout, shown in the client view and given its own handout page (never in the discharge
 * summary); a check-in date agreed in session, listed under "Check-ins due" in the archive once
 * the case is closed, saved as a calendar file (parsed back: date, a summary without the client's
 * name, no notes) and, at the check-in, repeat PHQ-9/GAD-7 totals recorded as an amendment.
 * Screenshots: future-self-letter, check-in (+ -dark).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';
import { clientWithSession, expectSaved, openFromHome, sectionPanel } from './runner-helpers';
import { readPdf } from '../services/pdf/pdf-reader';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

const NAME = 'דנה לוי';
const LETTER =
  'Dear me, remember the sea at Jaffa in March. זוכרת את הים. You asked for help, and it helped.';

const REQUIRED = [
  {
    op: 'answer',
    itemId: 'goals',
    answer: {
      goals: [{ id: 'g1', goal: 'Sleep through the night', start: 2, now: 7, clientWords: '' }],
    },
  },
  {
    op: 'answer',
    itemId: 'coping-toolkit',
    answer: { entries: [{ id: 'e1', values: { text: 'A walk at lunchtime' } }] },
  },
  {
    op: 'answer',
    itemId: 'warning-signs',
    answer: {
      entries: [
        { id: 'w1', values: { sign: 'Skipping meals', action: 'Call Noa', contact: 'Noa' } },
      ],
    },
  },
  { op: 'answer', itemId: 'crisis-lines', answer: { covered: true } },
  { op: 'answer', itemId: 'return-policy', answer: { text: 'Call the practice any time.' } },
  { op: 'risk-at-discharge', risk: { date: '2025-11-20', level: 'none', note: '' } },
  { op: 'reason', reason: { code: 'goals-met' } },
];

/** A day `offset` days from today, as YYYY-MM-DD in local time (as the app computes it). */
function day(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Unfolds an RFC 5545 file and returns its VEVENT properties (name → value). */
function eventOf(text: string): Record<string, string> {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const event: Record<string, string> = {};
  let inside = false;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') inside = true;
    else if (line === 'END:VEVENT') inside = false;
    else if (inside) {
      const colon = line.indexOf(':');
      event[line.slice(0, colon).split(';')[0]!] = line.slice(colon + 1);
    }
  }
  return event;
}

test('keepsakes: the letter to my future self gets its own handout page; the check-in is saved as a calendar file and its repeat scores amend the closed case', async ({
  page,
  app,
  tempFolder,
}) => {
  test.setTimeout(scaledTimeout(180_000));
  await openWithNewVault(page, app.open);
  const { session } = await clientWithSession(app, NAME);
  await app.handlers['sessions.update']({
    id: session.id,
    expectedRev: session.rev,
    changes: REQUIRED,
  } as never);
  await page.reload();
  await openFromHome(page, NAME);

  // Goodbye: the letter, switched into the handout, and the agreed check-in date.
  const rail = page.getByRole('navigation', { name: 'Sections' });
  await rail.getByRole('button', { name: /Goodbye/ }).press('Enter');
  const goodbye = sectionPanel(page, 'goodbye');
  const letter = goodbye.getByLabel('A letter to my future self', { exact: true });
  await letter.fill(LETTER);
  const toggle = goodbye.getByRole('switch', {
    name: 'Include “A letter to my future self” in the handout',
  });
  await expect(toggle).not.toBeChecked();
  await toggle.press('Space');
  await expect(toggle).toBeChecked();
  const checkInDate = day(-2);
  const checkIn = goodbye.locator('[data-item="check-in"]');
  await checkIn.getByLabel('Date', { exact: true }).fill(checkInDate);
  await expectSaved(page);
  await letter.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'future-self-letter', { fullPage: false });
  let stored = await app.handlers['sessions.get']({ id: session.id });
  expect(stored.content.answers['future-self-letter']).toMatchObject({
    text: LETTER,
    inHandout: true,
  });
  expect(stored.content.checkIn).toEqual({ date: checkInDate, kind: 'check-in' });

  // The client view shows the letter.
  await page.keyboard.press('Control+Shift+C');
  const view = page.getByRole('dialog', { name: /Your work together/ });
  await expect(view).toContainText('remember the sea at Jaffa');
  await view.getByRole('button', { name: 'Return to clinician view' }).press('Enter');
  await page.getByRole('button', { name: 'Yes, return to my notes' }).press('Enter');
  await expect(view).toBeHidden();

  // Finalize; the handout has the letter on its own page, the discharge summary never.
  stored = await app.handlers['sessions.finalize']({ id: session.id, expectedRev: stored.rev });
  const pdfText = async (kind: 'handout' | 'discharge-summary') => {
    const doc = await app.handlers['documents.export']({
      sessionId: session.id,
      kind,
      options: {},
    } as never);
    const { base64 } = await app.handlers['documents.getPdf']({ documentId: doc.id });
    return readPdf(new Uint8Array(Buffer.from(base64, 'base64')));
  };
  const handout = await pdfText('handout');
  const letterPage = handout.pages.find((p) => p.text.includes('A letter to my future self'));
  expect(letterPage?.text).toContain('remember the sea at Jaffa in March.');
  expect(letterPage?.text).not.toContain('A note from me');
  expect(handout.text).toContain('Check-in date:');
  const summary = await pdfText('discharge-summary');
  expect(summary.text).not.toContain('remember the sea');
  expect(summary.text).not.toContain('A letter to my future self');

  // The archive lists the check-in as due; it opens the closed case.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Archive' })
    .click();
  const due = page.getByRole('region', { name: 'Check-ins due' });
  await expect(due.getByRole('listitem')).toHaveCount(1);
  await expect(due).toContainText(NAME);
  await due.getByRole('button', { name: `Open the closing session of ${NAME}` }).click();
  const panel = page.getByTestId('check-in-panel');
  await expect(panel).toContainText('Check-in agreed for');

  // Save the calendar file where the clinician chooses; read it back.
  const dir = await tempFolder('keepsakes-');
  app.choose(join(dir, `check-in-${checkInDate}.ics`));
  await panel.getByRole('button', { name: 'Save calendar file…' }).click();
  await expect(panel.getByRole('status')).toHaveText(`Saved as check-in-${checkInDate}.ics.`);
  const ics = await readFile(join(dir, `check-in-${checkInDate}.ics`), 'utf8');
  const event = eventOf(ics);
  expect(event.DTSTART).toBe(checkInDate.replaceAll('-', ''));
  expect(event.SUMMARY).toBe('Check-in — Closing Session');
  expect(ics).not.toContain('דנה');
  expect(ics).not.toContain('לוי');
  expect(event.DESCRIPTION).toBeUndefined();

  // At the check-in: repeat totals recorded against the closed case as an amendment.
  await panel.getByLabel('PHQ-9 total (0–27)').fill('5');
  await panel.getByLabel('GAD-7 total (0–21)').fill('4');
  await panel.getByRole('button', { name: 'Record as amendment' }).click();
  await expect(panel.getByRole('status')).toHaveText('Check-in scores recorded as an amendment.');
  await expect(page.getByText(`Check-in on ${checkInDate}: repeat scores`)).toBeVisible();
  await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'check-in', { fullPage: false });
  const amended = await app.handlers['sessions.get']({ id: session.id });
  expect(amended.status).toBe('finalized');
  expect(amended.finalization.amendments).toHaveLength(1);
  expect(
    (amended.content.answers.measures?.scores ?? [])
      .filter((s) => s.date === checkInDate)
      .map((s) => [s.measureId, s.score]),
  ).toEqual([
    ['phq-9', 5],
    ['gad-7', 4],
  ]);
  expect(await app.handlers['sessions.verify']({ id: session.id })).toBe('verified');
});
