/**
 * The risk path: a PHQ-9 needs item 9 answered (or marked not asked) before it is added; item 9
 * above 0 and moderate risk at discharge make the safety plan required, and finalize says so;
 * with the plan filled the session finalizes and the record keeps the dated risk entry.
 * Screenshots: item-9, risk-at-discharge.
 */
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';
import { clientWithSession, expectSaved, openFromHome, sectionPanel } from './runner-helpers';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

const REQUIRED = [
  {
    op: 'answer',
    itemId: 'goals',
    answer: {
      goals: [
        {
          id: 'g1',
          goal: 'Get through the winter months',
          start: 2,
          now: 6,
          clientWords: 'Most days are manageable',
        },
      ],
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
        {
          id: 'w1',
          values: {
            sign: 'Staying in bed past noon',
            action: 'Call my sister',
            contact: 'Сестра Анна',
          },
        },
      ],
    },
  },
  { op: 'answer', itemId: 'crisis-lines', answer: { covered: true } },
  {
    op: 'answer',
    itemId: 'return-policy',
    answer: { text: 'Call the practice; the door stays open.' },
  },
  { op: 'reason', reason: { code: 'mutual-agreement' } },
];

test('risk path: item 9 is its own required answer; item 9 above 0 and moderate risk make the safety plan required before finalizing', async ({
  page,
  app,
}) => {
  test.setTimeout(scaledTimeout(180_000));
  await openWithNewVault(page, app.open);
  const { session } = await clientWithSession(app, 'Ольга Петровна');
  await app.handlers['sessions.update']({
    id: session.id,
    expectedRev: session.rev,
    changes: REQUIRED,
  } as never);
  await page.reload();
  await openFromHome(page, 'Ольга Петровна');
  const rail = page.getByRole('navigation', { name: 'Sections' });

  // Review progress: a PHQ-9 without item 9 is refused; item 9 = 2 asks for follow-up.
  await rail.getByRole('button', { name: /Review progress/ }).press('Enter');
  const review = sectionPanel(page, 'review-progress');
  await review.getByRole('combobox', { name: 'Measure' }).selectOption('phq-9');
  await review.getByLabel('Date', { exact: true }).fill('2025-11-20');
  const score = review.getByLabel('Score', { exact: true });
  await score.fill('14');
  await score.press('Enter');
  await expect(review.getByRole('alert')).toHaveText('Answer item 9, or choose “Not asked”.');
  const item9 = review.getByRole('group', {
    name: /Item 9: thoughts that you would be better off dead/,
  });
  await expect(item9.getByRole('radio')).toHaveCount(5);
  await item9.getByRole('radio', { name: '2 — More than half the days' }).press('Space');
  await expect(review.getByRole('note')).toContainText('Item 9 is above 0. Ask about it now');
  await item9.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'item-9', { fullPage: false });
  await score.press('Enter');
  await expect(score).toHaveValue('');
  await expect(review.getByRole('table', { name: 'Recorded scores' })).toContainText(
    '2 — please follow up',
  );

  // "Not asked" is recorded apart from 0.
  await score.fill('9');
  await item9.getByRole('radio', { name: 'Not asked' }).press('Space');
  await review.getByLabel('Date', { exact: true }).fill('2025-10-01');
  await score.press('Enter');
  await expect(score).toHaveValue('');
  await expectSaved(page);
  const scores =
    (await app.handlers['sessions.get']({ id: session.id })).content.answers.measures?.scores ?? [];
  expect(scores.map((s) => [s.date, s.itemScores?.[8] ?? null, s.notAsked ?? null])).toEqual([
    ['2025-11-20', 2, null],
    ['2025-10-01', null, [9]],
  ]);

  // Continued growth: risk at discharge is required; moderate risk with a note.
  await rail.getByRole('button', { name: /Continued growth/ }).press('Enter');
  const growth = sectionPanel(page, 'continued-growth');
  const riskItem = growth.locator('[data-item="risk-at-discharge"]');
  await riskItem.getByLabel('Date assessed').fill('2025-11-20');
  await riskItem.getByRole('radio', { name: 'Moderate' }).press('Space');
  await riskItem
    .getByLabel('What this rests on, and what was done')
    .fill(
      'Item 9 = 2 today; passive thoughts, no plan or intent. Sister informed with consent; GP letter sent.',
    );
  await expect(riskItem.getByRole('note')).toHaveText(
    'Moderate or high risk: a safety plan is needed before finalizing.',
  );
  await expectSaved(page);
  await riskItem.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'risk-at-discharge', { fullPage: false });
  await expect(
    growth.getByText(
      /A safety plan is needed before finalizing, because risk at discharge is moderate or high and the latest PHQ-9 item 9 is above 0/,
    ),
  ).toBeVisible();
  await expect(growth.getByText(/Ask about access to means/)).toBeVisible();

  // Finalize is refused: the safety plan is the one thing missing.
  await page.getByRole('button', { name: 'Finalize…' }).press('Enter');
  const missing = page.getByRole('dialog', { name: 'A few things are still needed' });
  await expect(
    missing.getByRole('list', { name: 'Still needed' }).getByRole('listitem'),
  ).toHaveCount(1);
  await expect(missing).toContainText(
    'A safety plan is needed because risk at discharge is moderate or high and the latest PHQ-9 item 9 is above 0',
  );
  await page.keyboard.press('Escape');

  // With the plan filled it finalizes; the record keeps the dated risk entry.
  const current = await app.handlers['sessions.get']({ id: session.id });
  const plan = {
    warningSigns: ['Staying in bed'],
    copingAlone: ['Cold water, then a walk'],
    distractions: ['The library'],
    askForHelp: ['Сестра Анна'],
    professionals: ['My GP'],
    saferSurroundings: ['Tablets kept by Анна'],
    reasonsForLiving: [],
  };
  const filled = await app.handlers['sessions.update']({
    id: session.id,
    expectedRev: current.rev,
    changes: [{ op: 'answer', itemId: 'safety-plan', answer: { safetyPlan: plan } }],
  } as never);
  const done = await app.handlers['sessions.finalize']({ id: session.id, expectedRev: filled.rev });
  expect(done.content.riskAtDischarge).toMatchObject({ date: '2025-11-20', level: 'moderate' });
  expect(await app.handlers['sessions.verify']({ id: session.id })).toBe('verified');
});
