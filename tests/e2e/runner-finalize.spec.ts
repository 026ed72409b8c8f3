/**
 * Finalize and amend in the runner: a marked risk makes the safety plan required (finalize lists
 * it as missing), filling the plan lets the session lock with a verified hash, a locked session is
 * read-only, and an amendment needs a reason and is listed with its time and reason.
 * Screenshots: finalize-missing, safety-plan, amend.
 */
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';
import { clientWithSession, expectSaved, openFromHome, sectionPanel } from './runner-helpers';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

const REQUIRED = [
  { op: 'answer', itemId: 'goals', answer: { goals: [{ id: 'g1', goal: 'Feel calmer at work', start: 3, now: 7, clientWords: 'I can breathe through meetings' }] } },
  { op: 'answer', itemId: 'coping-toolkit', answer: { entries: [{ id: 'e1', values: { text: 'Box breathing' } }] } },
  { op: 'answer', itemId: 'warning-signs', answer: { entries: [{ id: 'w1', values: { sign: 'Not sleeping', action: 'Early night', contact: 'Partner' } }] } },
  { op: 'answer', itemId: 'crisis-lines', answer: { covered: true } },
  { op: 'answer', itemId: 'return-policy', answer: { text: 'Email or call; the door stays open.' } },
  { op: 'reason', reason: { code: 'mutual-agreement' } },
  { op: 'risk-at-discharge', risk: { date: '2025-06-02', level: 'low', note: 'Passive thoughts last winter, none now; brother aware.' } },
];

test('risk marked: finalize lists the safety plan as missing until it is filled; then it locks, and amending needs a reason', async ({ page, app }) => {
  test.setTimeout(scaledTimeout(240_000));
  await openWithNewVault(page, app.open);
  const { session } = await clientWithSession(app, 'Ελπίδα Παπαδοπούλου');
  await app.handlers['sessions.update']({ id: session.id, expectedRev: session.rev, changes: REQUIRED } as never);
  await page.reload();
  await openFromHome(page, 'Ελπίδα Παπαδοπούλου');

  // Mark the risk concern in Continued growth.
  await page.getByRole('button', { name: /Continued growth/ }).press('Enter');
  const growth = sectionPanel(page, 'continued-growth');
  await growth.getByRole('checkbox', { name: /I have concerns about risk/ }).press('Space');
  await expect(growth.getByText(/A safety plan is needed before finalizing, because you marked a risk concern/)).toBeVisible();
  await expectSaved(page);

  // Finalize is refused: the safety plan is listed with what is still to fill in.
  await page.getByRole('button', { name: 'Finalize…' }).press('Enter');
  const missing = page.getByRole('dialog', { name: 'A few things are still needed' });
  await expect(missing).toBeVisible();
  await expect(missing.getByRole('list', { name: 'Still needed' }).getByRole('listitem')).toHaveCount(1);
  await expect(missing).toContainText('A safety plan is needed because you marked a risk concern');
  await screenshot(page, 'finalize-missing');
  // The service refuses too, naming the item.
  const refused = await app.handlers['sessions.finalize']({ id: session.id, expectedRev: (await app.handlers['sessions.get']({ id: session.id })).rev }).catch((e: { code?: string; fields?: Record<string, string> }) => e);
  expect(refused).toMatchObject({ code: 'invalid-input', fields: { 'safety-plan': expect.stringContaining('risk concern') } });

  // "Go there" takes the keyboard to the safety plan; fill every needed step.
  await missing.getByRole('button', { name: 'Go to “Safety plan”' }).press('Enter');
  await expect(missing).toBeHidden();
  const steps = [
    ['Warning signs that a crisis may be building', 'Lying awake past 3 am'],
    ['Things I can do on my own to cope', 'Cold water on my face, then a walk'],
    ['People and places that help take my mind off things', 'The bakery on the corner'],
    ['People I can ask for help', 'My brother Νίκος'],
    ['Professionals and crisis lines I can contact', 'My GP, and the crisis line'],
    ['Making my surroundings safer', 'Medicines kept at my brother’s'],
    ['What makes life worth living for me', 'My niece; the sea'],
  ];
  for (const [step, entry] of steps) {
    await growth.getByRole('button', { name: `Add an entry to “${step}”` }).press('Enter');
    await expect(growth.getByRole('textbox', { name: `${step} (1)` })).toBeFocused();
    await page.keyboard.type(entry!);
  }
  await expectSaved(page);
  await growth.getByRole('heading', { name: 'Safety plan' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'safety-plan', { fullPage: false });

  // Now it finalizes.
  await page.getByRole('button', { name: 'Finalize…' }).press('Enter');
  await page.getByRole('button', { name: 'Finalize and lock' }).press('Enter');
  await expect(page.getByRole('heading', { name: /^Finalized / })).toBeVisible();
  await expect(page.getByText('The content matches its stored fingerprint.')).toBeVisible();
  await expect(growth.getByRole('checkbox', { name: /I have concerns about risk/ })).toBeDisabled();
  await expect(growth.getByRole('button', { name: /Add an entry/ })).toHaveCount(0);
  expect(await app.handlers['sessions.verify']({ id: session.id })).toBe('verified');

  // Changing it without an amendment is a conflict at the service.
  const locked = await app.handlers['sessions.get']({ id: session.id });
  await expect(app.handlers['sessions.update']({ id: session.id, expectedRev: locked.rev, changes: [{ op: 'risk', riskConcern: false }] } as never)).rejects.toMatchObject({ code: 'conflict' });

  // Amend: a reason first, then the change, then save.
  await page.getByRole('button', { name: 'Amend…' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Amend a finalized session' });
  await expect(dialog.getByLabel('Reason for the amendment')).toBeFocused();
  await dialog.getByRole('button', { name: 'Start amending' }).press('Enter');
  await expect(dialog.getByText('Please give a reason.')).toBeVisible();
  await dialog.getByLabel('Reason for the amendment').fill('Client phoned to add her sister as a support');
  await screenshot(page, 'amend');
  await dialog.getByRole('button', { name: 'Start amending' }).press('Enter');
  await expect(page.getByText('Amending because: Client phoned to add her sister as a support')).toBeVisible();
  await growth.getByRole('button', { name: 'Add an entry to “People I can ask for help”' }).press('Enter');
  await expect(growth.getByRole('textbox', { name: 'People I can ask for help (2)' })).toBeFocused();
  await page.keyboard.type('My sister Μαρία');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'amending');
  await page.getByRole('button', { name: 'Save amendment' }).press('Enter');
  await expect(page.getByText('Amendment saved.')).toBeVisible();
  const amendments = page.getByRole('heading', { name: 'Amendments' }).locator('xpath=following-sibling::ol');
  await expect(amendments).toContainText('Client phoned to add her sister as a support');
  await expect(amendments).toContainText('Changed “Safety plan” (Continued growth)');
  await expect(page.getByText('The content matches its stored fingerprint.')).toBeVisible();
  const amended = await app.handlers['sessions.get']({ id: session.id });
  expect(amended.finalization.amendments).toHaveLength(1);
  expect(amended.content.answers['safety-plan']?.safetyPlan?.askForHelp).toEqual(['My brother Νίκος', 'My sister Μαρία']);
  expect(await app.handlers['sessions.verify']({ id: session.id })).toBe('verified');
  await screenshot(page, 'amend-saved');
});
