/**
 * The client view: opened by the menu command, the button or Ctrl/Cmd+Shift+C; large type; only
 * what is marked for the handout — never the private reflection or the feedback notes (checked on
 * the whole page's DOM text); Esc does not leave; leaving takes a button and a confirmation.
 * Screenshot: client-view.
 */
import { snapshotCrisisLine } from '../../core/checklist';
import { readPdf } from '../services/pdf/pdf-reader';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';
import { clientWithSession, openFromHome } from './runner-helpers';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

const answer = (itemId: string, a: Record<string, unknown>) => ({
  op: 'answer',
  itemId,
  answer: a,
});

test('client view shows only handout items, never private reflection or feedback notes; leaving is deliberate', async ({
  page,
  app,
}) => {
  test.setTimeout(scaledTimeout(180_000));
  await openWithNewVault(page, app.open);
  const { session } = await clientWithSession(app, 'Zoë Ørsted');
  await app.handlers['sessions.update']({
    id: session.id,
    expectedRev: session.rev,
    changes: [
      answer('goals', {
        goals: [
          {
            id: 'g1',
            goal: 'Sleep through the night',
            start: 2,
            now: 8,
            clientWords: 'I wake up rested',
          },
          { id: 'g2', goal: 'Go back to choir', start: 0, now: 9 },
        ],
      }),
      answer('measures', {
        scores: [
          {
            id: 's1',
            measureId: 'phq-9',
            date: '2025-01-10',
            score: 18,
            itemScores: [2, 2, 2, 2, 2, 2, 2, 2, 2],
          },
          { id: 's2', measureId: 'phq-9', date: '2025-04-10', score: 6 },
          { id: 's3', measureId: 'gad-7', date: '2025-01-10', score: 14 },
          { id: 's4', measureId: 'gad-7', date: '2025-04-10', score: 5 },
        ],
      }),
      answer('achievements', {
        entries: [{ id: 'a1', values: { text: 'Sang a solo at the spring concert' } }],
      }),
      answer('coping-toolkit', {
        entries: [{ id: 'c1', values: { text: 'Humming on the walk to work' } }],
      }),
      answer('referrals', {
        referrals: [
          {
            id: 'r1',
            name: 'Harbourlight Peer Support',
            kind: 'Peer group',
            phone: '0123 456 789',
            note: 'Tuesdays, no need to book',
          },
        ],
      }),
      answer('return-policy', {
        text: 'Call the practice any time; a check-in is always possible.',
      }),
      answer('opening-notes', { text: 'OPENING-NOTE-3301 not for the handout' }),
      answer('feedback-notes', { text: 'FEEDBACK-NOTE-5120 wanted more homework' }),
      answer('repair-notes', { text: 'REPAIR-NOTE-8842 the missed session in March' }),
      answer('reflection', { text: 'PRIVATE-REFLECTION-7731 my own sadness' }),
      answer('reflection-learned', { covered: true, text: 'PRIVATE-POINT-6610' }),
      answer('celebrate-proud', {
        covered: true,
        text: 'The solo — “I did not think I could”',
        inHandout: true,
      }),
      { op: 'risk', riskConcern: true },
    ],
  } as never);
  await page.reload();
  await openFromHome(page, 'Zoë Ørsted');

  // From the menu command (main process) …
  await app.emit('menu.command', { command: 'client-view' });
  const view = page.getByRole('dialog', { name: 'Your work together, Zoë' });
  await expect(view).toBeVisible();
  for (const shown of [
    'Sang a solo at the spring concert',
    'Harbourlight Peer Support',
    'Tuesdays, no need to book',
    'Call the practice any time',
    'I wake up rested',
    'The solo — “I did not think I could”',
    'Humming on the walk to work',
  ]) {
    await expect(view).toContainText(shown);
  }
  await expect(view.getByRole('img', { name: /Your PHQ-9 scores over time/ })).toBeVisible();
  await expect(view.getByRole('img', { name: /Goals: where they started/ })).toBeVisible();
  const dom = await page.evaluate(() => document.documentElement.textContent ?? '');
  for (const hidden of [
    'PRIVATE-REFLECTION-7731',
    'PRIVATE-POINT-6610',
    'FEEDBACK-NOTE-5120',
    'REPAIR-NOTE-8842',
    'OPENING-NOTE-3301',
    'Private reflection',
    'risk',
  ]) {
    expect(dom, hidden).not.toContain(hidden);
  }
  // The view scrolls inside itself; a tall window shows all of it in the screenshot.
  await page.setViewportSize({ width: 1200, height: 3000 });
  await screenshot(page, 'client-view');
  await page.setViewportSize({ width: 1200, height: 800 });
  // Nothing else of the app can be reached from here: the rest of the page is inert and Tab stays in the view.
  await expect(
    page
      .getByRole('banner')
      .filter({ hasText: 'Closing Session' })
      .locator('xpath=ancestor-or-self::*[@inert]'),
  ).toHaveCount(1);
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    expect(await view.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }

  // Esc does not leave; the exit button asks first, and "Stay" keeps the view.
  await page.keyboard.press('Escape');
  await expect(view).toBeVisible();
  await view.getByRole('button', { name: 'Return to clinician view' }).press('Enter');
  await expect(view.getByRole('button', { name: 'Yes, return to my notes' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(view).toBeVisible();
  await view.getByRole('button', { name: 'Stay in client view' }).press('Enter');
  await expect(view).toBeVisible();
  await view.getByRole('button', { name: 'Return to clinician view' }).press('Enter');
  await view.getByRole('button', { name: 'Yes, return to my notes' }).press('Enter');
  await expect(view).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoë Ørsted' })).toBeVisible();

  // … from the button, and from the shortcut.
  await page.getByRole('button', { name: 'Client view' }).press('Enter');
  await expect(view).toBeVisible();
  await view.getByRole('button', { name: 'Return to clinician view' }).press('Enter');
  await view.getByRole('button', { name: 'Yes, return to my notes' }).press('Enter');
  await page.keyboard.press('Control+Shift+C');
  await expect(view).toBeVisible();
});

/** Clinical words a client never reads (the clinical review found them in the client view). */
const JARGON = /remission|caseness|clinical range|moderately severe|needed to be confident/i;

test('the client view and the handout show the same crisis lines, in the same plain words; the confirm speaks to the clinician', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await openWithNewVault(page, app.open);
  await app.handlers['settings.update']({ crisisRegion: 'GB' } as never);
  const { session } = await clientWithSession(app, 'محمد الأحمد');
  const gb = await app.handlers['crisisLines.list']({ region: 'GB' } as never);
  const samaritans = gb.find((l) => l.id === 'gb-samaritans')!;
  await app.handlers['sessions.update']({
    id: session.id,
    expectedRev: session.rev,
    changes: [
      answer('crisis-lines', { covered: true, crisisLines: [snapshotCrisisLine(samaritans)] }),
      answer('measures', {
        scores: [
          { id: 's1', measureId: 'phq-9', date: '2025-01-10', score: 18 },
          { id: 's2', measureId: 'phq-9', date: '2025-04-10', score: 4 },
          { id: 's3', measureId: 'gad-7', date: '2025-01-10', score: 14 },
          { id: 's4', measureId: 'gad-7', date: '2025-04-10', score: 3 },
        ],
      }),
    ],
  } as never);
  await page.reload();
  await openFromHome(page, 'محمد الأحمد');
  await page.getByRole('button', { name: 'Client view' }).press('Enter');
  const view = page.getByRole('dialog', { name: /Your work together/ });
  const cards = view.locator('[data-crisis-line]');
  await expect(cards.first()).toBeVisible();
  const shown = await cards.locator('strong').allInnerTexts();
  // Exactly the chosen line plus the region's emergency number: no Shout, no other GB line.
  expect(shown).toEqual(['Samaritans', 'Emergency services (police, fire, ambulance)']);

  const viewText = (await view.innerText()).replace(/\s+/g, ' ');
  expect(viewText).not.toMatch(JARGON);
  expect(viewText).toContain('A screening questionnaire, not a diagnosis.');
  expect(viewText).toContain('Your scores went from 18 on');

  // The handout made from the same session prints the same list, nothing more.
  const doc = await app.handlers['documents.export']({
    sessionId: session.id,
    kind: 'handout',
    options: {},
  } as never);
  const { base64 } = await app.handlers['documents.getPdf']({ documentId: doc.id } as never);
  const pdf = (await readPdf(new Uint8Array(Buffer.from(base64, 'base64')))).text.replace(
    /\s+/g,
    ' ',
  );
  for (const line of gb) expect(pdf.includes(line.name), line.name).toBe(shown.includes(line.name));
  expect(pdf).not.toMatch(JARGON);
  expect(pdf).toContain('A screening questionnaire, not a diagnosis.');

  // Leaving asks the clinician, in one voice.
  await view.getByRole('button', { name: 'Return to clinician view' }).press('Enter');
  await expect(
    view.getByText(
      'Return to your notes? The client view closes, and your notes show on the screen again.',
    ),
  ).toBeVisible();
});
