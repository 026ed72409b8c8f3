/**
 * Client wording end to end, in one page load: Settings → Scores (the GAD-7 cut-off with its
 * source, band names on client charts off), a young client's crisis lines picked from the
 * region's tagged list with the age group's suggestions, and the client view showing exactly
 * those lines plus the emergency number, with no band names. A corrected shipped line keeps its tags. Screenshots: settings-scores,
 * crisis-lines-pick.
 */
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';
import { expectSaved, openFromHome, sectionPanel } from './runner-helpers';

test('scores settings, crisis lines picked for a young client, and the client view that follows', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await openWithNewVault(page, app.open);
  const client = await app.handlers['clients.create']({
    displayName: 'Ольга Петровна',
    preferredName: 'Оля',
    pronouns: '',
    recordCode: '',
    language: 'en',
    region: 'CA',
    ageGroup: 'youth',
    notes: '',
  });
  const session = await app.handlers['sessions.create']({
    clientId: client.id,
    kind: 'closing-session',
  } as never);
  await app.handlers['sessions.update']({
    id: session.id,
    expectedRev: session.rev,
    changes: [
      {
        op: 'answer',
        itemId: 'measures',
        answer: {
          scores: [
            { id: 's1', measureId: 'gad-7', date: '2025-01-10', score: 9 },
            { id: 's2', measureId: 'gad-7', date: '2025-04-10', score: 4 },
          ],
        },
      },
    ],
  } as never);

  // Settings → Scores: the cut-off names its source; the choice is stored at once.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await page.getByRole('tab', { name: 'Scores' }).click();
  const ten = page.getByRole('radio', { name: /^10 — the usual screening cut-off/ });
  await expect(ten).toBeChecked();
  await expect(
    page.getByText('Spitzer et al. (2006), the GAD-7’s authors: 10 or above.'),
  ).toBeVisible();
  await page
    .getByRole('radio', { name: /^8 — NHS Talking Therapies caseness/ })
    .click({ force: true });
  await page.getByRole('checkbox', { name: /Name the bands on client charts/ }).uncheck();
  await expect
    .poll(async () => {
      const { settings } = await app.handlers['settings.get']({});
      return [settings.gad7Cutoff, settings.handout.chartBandNames];
    })
    .toEqual([8, false]);
  await screenshot(page, 'settings-scores');

  // A correction of a shipped line keeps who it is for (the form shows and saves the tags).
  await page.getByRole('tab', { name: 'Crisis lines' }).click();
  await page.getByLabel('Your practice’s country').selectOption('CA');
  await page.getByRole('button', { name: 'Correct Kids Help Phone' }).click();
  await expect(page.getByRole('checkbox', { name: 'Young people' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'LGBTQ+' })).not.toBeChecked();
  await page
    .getByRole('textbox', { name: /^Hours/ })
    .fill('24 hours, every day, in English and French');
  await page.getByRole('button', { name: 'Save line' }).click();
  await expect(
    page
      .getByRole('list', { name: 'Crisis lines' })
      .getByRole('article', { name: 'Kids Help Phone' }),
  ).toContainText('Your correction');

  // The runner: the cut-off chosen is the one read, with its source beside the scores.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Clients' })
    .click();
  await openFromHome(page, 'Ольга Петровна');
  await page
    .getByRole('button', { name: /^Review progress/ })
    .first()
    .click();
  await expect(page.locator('[data-measure-note]')).toContainText(
    'GAD-7 is a screening questionnaire, not a diagnosis. Cut-offs: GAD-7 8, NHS Talking Therapies caseness',
  );

  // Crisis lines: the Canadian list, tagged, with the young person's suggestions; 911 always on.
  await page
    .getByRole('button', { name: /^Referrals and resources/ })
    .first()
    .click();
  const referrals = sectionPanel(page, 'referrals');
  const choices = referrals.locator('[data-crisis-choices]');
  await expect(choices).toContainText(
    'Always on the handout and in the client view: Emergency services (police, fire, ambulance) · 911',
  );
  const kids = choices.locator('[data-crisis-choice^="fix-ca-kids-help-phone"]');
  await expect(kids).toContainText('Suggested for young people');
  await expect(kids).toContainText('Young people');
  await expect(choices.locator('[data-crisis-choice="ca-emergency"]')).toHaveCount(0);
  await choices.scrollIntoViewIfNeeded();
  await screenshot(page, 'crisis-lines-pick');
  await choices.getByRole('button', { name: 'Add the 2 lines suggested for young people' }).click();
  await expectSaved(page);
  await expect(choices.getByRole('button', { name: /suggested for young people/ })).toHaveCount(0);

  // The client view shows exactly those lines plus 911, and the chart has no band names.
  await page.getByRole('button', { name: 'Client view' }).click();
  const view = page.getByRole('dialog', { name: /Your work together/ });
  await expect(view.locator('[data-crisis-line] strong')).toHaveText([
    '9-8-8: Suicide Crisis Helpline',
    'Kids Help Phone',
    'Emergency services (police, fire, ambulance)',
  ]);
  await expect(view.getByRole('img', { name: /Your GAD-7 scores over time/ })).toBeVisible();
  await expect(view.locator('svg text', { hasText: 'A little' })).toHaveCount(0);
});
