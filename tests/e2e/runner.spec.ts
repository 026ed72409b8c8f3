/**
 * The in-session runner, keyboard only: a Planned-ending session for Zoë Ørsted through all eight
 * sections, reloads that lose nothing that showed "Saved", the client view, and finalize.
 * Each step is its own test with its own vault, so a broken step fails alone and names itself;
 * a step that needs earlier sections' content gets it through the handlers (the section steps
 * start from an empty session, so their screenshots show only that section's own progress).
 * Screenshots: runner-<section> for each section, runner-timer, measures-chart.
 */
import { expect, type Page, test } from './support/fixtures';
import { screenshot } from './support/screens';
import {
  createVaultByKeyboard,
  expectSaved,
  openFromHome,
  openSessionAt,
  sectionPanel,
  typeInto,
} from './runner-helpers';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';
import { DEFAULT_RETURN_POLICY } from '../../core/settings/settings-schema';

const NAME = 'Zoë Ørsted';

/** The journey's content as the earlier steps type it, for the steps that start after them. */
const JOURNEY = [
  {
    op: 'answer',
    itemId: 'goals',
    answer: { goals: [{ id: 'g1', goal: 'Sleep through the night', start: 2, now: 8 }] },
  },
  {
    op: 'answer',
    itemId: 'achievements',
    answer: { entries: [{ id: 'a1', values: { text: 'Went back to choir after two years' } }] },
  },
  {
    op: 'answer',
    itemId: 'coping-toolkit',
    answer: { entries: [{ id: 'c1', values: { text: 'A walk by the river' } }] },
  },
  {
    op: 'answer',
    itemId: 'warning-signs',
    answer: {
      entries: [
        {
          id: 'w1',
          values: { sign: 'Skipping meals', action: 'Plan a simple meal', contact: 'My sister' },
        },
      ],
    },
  },
  { op: 'risk-at-discharge', risk: { date: '2025-06-02', level: 'none' } },
  {
    op: 'answer',
    itemId: 'referrals',
    answer: {
      referrals: [
        { id: 'r1', name: 'Harbourlight Peer Support', kind: 'Peer group', phone: '0123 456 789' },
      ],
    },
  },
  { op: 'answer', itemId: 'crisis-lines', answer: { covered: true } },
  {
    op: 'answer',
    itemId: 'feedback-notes',
    answer: { text: 'FEEDBACK-NOTE-5120: wanted more homework early on.' },
  },
  {
    op: 'answer',
    itemId: 'return-policy',
    answer: { text: 'Call the practice any time; a check-in is always possible.' },
  },
  {
    op: 'answer',
    itemId: 'closing-note',
    answer: { text: 'It has been a privilege, Zoë. Keep singing. 🎶' },
  },
  { op: 'reason', reason: { code: 'goals-met' } },
  {
    op: 'answer',
    itemId: 'reflection',
    answer: { text: 'PRIVATE-REFLECTION-7731 — notice my own sadness; take to supervision.' },
  },
] as const;

/** A full-page screenshot from the top (the section rail is sticky). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

function rail(page: Page) {
  return page.getByRole('navigation', { name: 'Sections' });
}

test('keyboard only: a new client for Zoë Ørsted, the session opens on Opening, the timer counts', async ({
  page,
  app,
}) => {
  await createVaultByKeyboard(page, app);

  // New client through the keyboard, then open the session from the home list.
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start a closing session' })).toBeFocused();
  await page.keyboard.press('Enter');
  await typeInto(page, page.getByRole('textbox', { name: /^Display name/ }), NAME);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Zoë');
  await page.getByRole('button', { name: 'Create client and start session' }).press('Enter');
  await expect(page.getByText('Closing session started for Zoë Ørsted')).toBeVisible();
  await openFromHome(page, NAME);
  await expect(rail(page).getByRole('button')).toHaveCount(8);
  await expect(rail(page).locator('[aria-current="step"]')).toContainText('Opening');

  // The timer: start it with the keyboard; it counts, quietly.
  await page.getByRole('button', { name: 'Start timer' }).press('Enter');
  await expect(page.getByRole('timer')).not.toHaveText('0:00', { timeout: scaledTimeout(5_000) });
  await shot(page, 'runner-timer');
  await page.getByRole('button', { name: 'Pause' }).press('Enter');
});

test('keyboard only: 1 Opening — a point ticked with Ctrl+Enter, another with Space, notes', async ({
  page,
  app,
}) => {
  await openSessionAt(page, app, NAME);
  const opening = sectionPanel(page, 'opening');
  const first = opening.getByRole('checkbox', { name: /How are you feeling about today/ });
  await first.focus();
  await page.keyboard.press('Control+Enter');
  await expect(first).toBeChecked();
  await opening.getByRole('checkbox', { name: /mix of feelings/ }).press('Space');
  await typeInto(
    page,
    opening.getByLabel('Notes on how the client feels about ending', { exact: true }),
    'Proud and a little sad; “it feels like a graduation”.',
  );
  await expectSaved(page);
  await expect(rail(page).getByRole('button', { name: /Opening/ })).toContainText('3 of 5 done');
  await shot(page, 'runner-opening');
});

test('keyboard only: 2 Review progress — a goal, PHQ-9 and GAD-7 scores, charts; a reload keeps what showed "Saved"', async ({
  page,
  app,
}) => {
  const session = await openSessionAt(page, app, NAME, { section: 'opening' });
  await page.keyboard.press('Control+]');
  const review = sectionPanel(page, 'review-progress');
  await expect(review.getByRole('heading', { level: 2, name: 'Review progress' })).toBeFocused();
  await review.getByRole('button', { name: 'Add a goal' }).press('Enter');
  await expect(review.getByLabel('Goal 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Sleep through the night');
  await review.getByRole('combobox', { name: /Where it started/ }).selectOption('2');
  await review.getByRole('combobox', { name: /Where it is now/ }).selectOption('8');
  await typeInto(
    page,
    review.getByLabel('In the client’s words', { exact: true }),
    'I wake up rested most days',
  );
  const measure = review.getByRole('combobox', { name: 'Measure' });
  const date = review.getByLabel('Date', { exact: true });
  const score = review.getByLabel('Score', { exact: true });
  for (const [m, d, s] of [
    ['phq-9', '2025-01-10', '18'],
    ['phq-9', '2025-04-10', '6'],
    ['gad-7', '2025-01-10', '14'],
    ['gad-7', '2025-04-10', '5'],
  ] as const) {
    await measure.selectOption(m);
    await date.fill(d);
    await score.fill(s);
    // PHQ-9 item 9 is its own required answer (0 is an answer, not "not asked").
    if (m === 'phq-9') await review.getByRole('radio', { name: '0 — Not at all' }).press('Space');
    await score.press('Enter');
    await expect(score).toHaveValue('');
  }
  // An out-of-range score is refused on screen and never saved.
  await measure.selectOption('phq-9');
  await score.fill('28');
  await score.press('Enter');
  await expect(review.getByRole('alert')).toContainText('PHQ-9 scores run from 0 to 27');
  await score.fill('');
  await typeInto(
    page,
    review.getByLabel('What helped, in your words', { exact: true }),
    'The evening routine and the thought record.',
  );
  await expectSaved(page);
  await expect(review.getByRole('img', { name: /PHQ-9 \(depression\) over time/ })).toBeVisible();
  await expect(review.getByRole('img', { name: /GAD-7 \(anxiety\) over time/ })).toBeVisible();
  await expect(review.getByText('Reliable improvement', { exact: false }).first()).toBeVisible();
  await expect(review.locator('[data-measure="phq-9"]')).toContainText('Remission');
  await expect(review.getByRole('img', { name: /Goals: where they started/ })).toBeVisible();
  await shot(page, 'runner-review-progress');
  await review
    .locator('[data-measure="phq-9"]')
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'measures-chart', { fullPage: false });

  // Reload in the middle: everything that showed "Saved" is still there; the runner reopens on the same section.
  await page.reload();
  await openFromHome(page, NAME);
  await expect(sectionPanel(page, 'review-progress')).toBeVisible();
  await expect(page.getByLabel('Goal 1', { exact: true })).toHaveValue('Sleep through the night');
  await expect(page.getByLabel('What helped, in your words', { exact: true })).toHaveValue(
    'The evening routine and the thought record.',
  );
  await expect(page.getByRole('table', { name: 'Recorded scores' }).getByRole('row')).toHaveCount(
    5,
  );
  const stored = await app.handlers['sessions.get']({ id: session.id });
  expect(stored.content.answers.measures?.scores).toHaveLength(4);
});

test('keyboard only: 3 Celebrate — two achievements and a strength', async ({ page, app }) => {
  await openSessionAt(page, app, NAME, { section: 'review-progress' });
  await page.keyboard.press('Alt+ArrowDown');
  const celebrate = sectionPanel(page, 'celebrate');
  await expect(celebrate.getByRole('heading', { level: 2, name: 'Celebrate' })).toBeFocused();
  await celebrate.getByRole('checkbox', { name: /most proud of/ }).press('Space');
  await celebrate.getByRole('button', { name: 'Add achievement' }).press('Enter');
  await expect(celebrate.getByLabel('Achievement 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Went back to choir after two years');
  await celebrate.getByRole('button', { name: 'Add achievement' }).press('Enter');
  await page.keyboard.type('Spoke up at work');
  await celebrate.getByRole('button', { name: 'Add strength' }).press('Enter');
  await page.keyboard.type('Curiosity');
  await expectSaved(page);
  await shot(page, 'runner-celebrate');
});

test('keyboard only: 4 Continued growth — coping toolkit, warning signs and a dated risk at discharge', async ({
  page,
  app,
}) => {
  await openSessionAt(page, app, NAME, { section: 'celebrate' });
  await page.keyboard.press('Control+]');
  const growth = sectionPanel(page, 'continued-growth');
  await growth.getByRole('button', { name: 'Add what helps' }).press('Enter');
  await page.keyboard.type('A walk by the river');
  await growth.getByRole('button', { name: 'Add warning sign' }).press('Enter');
  await page.keyboard.type('Skipping meals');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Plan a simple meal');
  await page.keyboard.press('Tab');
  await page.keyboard.type('My sister');
  // Risk at discharge is a required, dated entry: nothing is assumed.
  await expect(rail(page).getByRole('button', { name: /Continued growth/ })).toContainText(
    '1 required left',
  );
  await growth.getByRole('radio', { name: 'No risk identified' }).press('Space');
  await expectSaved(page);
  await expect(rail(page).getByRole('button', { name: /Continued growth/ })).not.toContainText(
    'required left',
  );
  await shot(page, 'runner-continued-growth');
});

test('keyboard only: 5 Referrals — one typed by hand, crisis lines covered', async ({
  page,
  app,
}) => {
  const session = await openSessionAt(page, app, NAME, { section: 'continued-growth' });
  await page.keyboard.press('Control+]');
  const referrals = sectionPanel(page, 'referrals');
  await typeInto(
    page,
    referrals.getByLabel(/^Name of the service or person/),
    'Harbourlight Peer Support',
  );
  await typeInto(page, referrals.getByLabel(/^Kind of service/), 'Peer group');
  await typeInto(page, referrals.getByLabel(/^Phone/), '0123 456 789');
  await referrals.getByRole('button', { name: 'Add this referral' }).press('Enter');
  await expect(referrals.getByText('Harbourlight Peer Support').first()).toBeVisible();
  // Focus goes back to the first field of the now empty form, ready for the next one.
  await expect(referrals.getByLabel(/^Name of the service or person/)).toBeFocused();
  await expect(referrals.getByLabel(/^Name of the service or person/)).toHaveValue('');
  await referrals.getByRole('checkbox', { name: /where to turn in a crisis/ }).press('Space');
  await expectSaved(page);
  await shot(page, 'runner-referrals');
  const stored = await app.handlers['sessions.get']({ id: session.id });
  expect(stored.content.answers.referrals?.referrals?.[0]?.name).toBe('Harbourlight Peer Support');
});

test('keyboard only: 6 Feedback and repair — notes that must never reach the client view', async ({
  page,
  app,
}) => {
  const session = await openSessionAt(page, app, NAME, { section: 'referrals' });
  await page.keyboard.press('Control+]');
  const feedback = sectionPanel(page, 'feedback');
  await feedback.getByRole('checkbox', { name: /most helpful/ }).press('Space');
  await typeInto(
    page,
    feedback.getByLabel('What the client said about our work', { exact: true }),
    'FEEDBACK-NOTE-5120: wanted more homework early on.',
  );
  await expectSaved(page);
  await shot(page, 'runner-feedback');
  const stored = await app.handlers['sessions.get']({ id: session.id });
  expect(stored.content.answers['feedback-notes']?.text).toMatch(/^FEEDBACK-NOTE-5120/);
});

test('keyboard only: 7 Goodbye — how to come back, a closing note, the reason for ending', async ({
  page,
  app,
}) => {
  const session = await openSessionAt(page, app, NAME, { section: 'feedback' });
  await page.keyboard.press('Control+]');
  const goodbye = sectionPanel(page, 'goodbye');
  // "How to come back" starts from the default written once in Settings; it stays editable.
  const comeBack = goodbye.getByLabel('How to come back', { exact: true });
  await expect(comeBack).toHaveValue(DEFAULT_RETURN_POLICY);
  await comeBack.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Call the practice any time; a check-in is always possible.');
  await typeInto(
    page,
    goodbye.getByLabel('A closing note to the client', { exact: true }),
    'It has been a privilege, Zoë. Keep singing. 🎶',
  );
  await goodbye
    .getByRole('combobox', { name: 'Why is the work ending?' })
    .selectOption('goals-met');
  await expectSaved(page);
  await expect(rail(page).getByRole('button', { name: /Goodbye/ })).not.toContainText(
    'required left',
  );
  await shot(page, 'runner-goodbye');
  const stored = await app.handlers['sessions.get']({ id: session.id });
  expect(stored.content.answers['return-policy']?.text).toBe(
    'Call the practice any time; a check-in is always possible.',
  );
});

test('keyboard only: 8 Private reflection; a reload at the end keeps every section as it showed', async ({
  page,
  app,
}) => {
  const withoutReflection = JOURNEY.filter((c) => !('itemId' in c) || c.itemId !== 'reflection');
  await openSessionAt(page, app, NAME, { section: 'goodbye', changes: withoutReflection });
  await page.keyboard.press('Control+]');
  const reflection = sectionPanel(page, 'private-reflection');
  await expect(reflection.getByText('Private — never in the handout')).toBeVisible();
  await typeInto(
    page,
    reflection.getByLabel('My reflection', { exact: true }),
    'PRIVATE-REFLECTION-7731 — notice my own sadness; take to supervision.',
  );
  await expectSaved(page);
  await shot(page, 'runner-private-reflection');

  // Reload at the end: every section still holds what it showed.
  await page.reload();
  await openFromHome(page, NAME);
  await expect(
    sectionPanel(page, 'private-reflection').getByLabel('My reflection', { exact: true }),
  ).toHaveValue(/^PRIVATE-REFLECTION-7731/);
  await page.keyboard.press('Control+[');
  await expect(
    sectionPanel(page, 'goodbye').getByLabel('A closing note to the client', { exact: true }),
  ).toHaveValue('It has been a privilege, Zoë. Keep singing. 🎶');
});

test('keyboard only: the client view shows only what is marked for the handout; finalize confirms and locks', async ({
  page,
  app,
}) => {
  // Where the journey stands after its last reload: on Goodbye, every section filled.
  const session = await openSessionAt(page, app, NAME, { section: 'goodbye', changes: JOURNEY });

  // The client view: one keystroke; only what is marked for the handout.
  await page.keyboard.press('Control+Shift+C');
  const view = page.getByRole('dialog', { name: /Your work together, Zoë/ });
  await expect(view).toBeVisible();
  await expect(view).toContainText('Went back to choir after two years');
  await expect(view).toContainText('Harbourlight Peer Support');
  await expect(view).toContainText('Call the practice any time');
  const text = await page.locator('body').evaluate((b) => b.textContent ?? '');
  expect(text).not.toContain('PRIVATE-REFLECTION-7731');
  expect(text).not.toContain('FEEDBACK-NOTE-5120');
  await page.keyboard.press('Escape');
  await expect(view).toBeVisible();
  await view.getByRole('button', { name: 'Return to clinician view' }).press('Enter');
  await page.getByRole('button', { name: 'Yes, return to my notes' }).press('Enter');
  await expect(view).toBeHidden();
  // Back in the runner, focus returns to the "Client view" button, not the page body.
  await expect(page.getByRole('button', { name: 'Client view' })).toBeFocused();

  // Finalize: nothing missing, so it confirms and locks.
  await page.getByRole('button', { name: 'Finalize…' }).press('Enter');
  await expect(page.getByRole('dialog', { name: 'Finalize this session?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finalize and lock' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: /^Locked on .+ · content verified$/ }),
  ).toBeVisible();
  await expect(page.getByLabel('A closing note to the client', { exact: true })).toHaveAttribute(
    'readonly',
    '',
  );
  await expect(page.getByRole('button', { name: 'Amend…' })).toBeVisible();
  expect(await app.handlers['sessions.verify']({ id: session.id })).toBe('verified');
});
