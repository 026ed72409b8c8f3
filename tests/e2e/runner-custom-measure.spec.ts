/**
 * A clinician's own measure: defined from the ORS numbers in the measures item (keyboard only),
 * then two scores get the same readings and chart as the built-ins; an out-of-range score is
 * refused. Screenshot: custom-measure.
 */
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';
import { clientWithSession, expectSaved, openFromHome, sectionPanel } from './runner-helpers';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

test('define the Outcome Rating Scale from the ORS numbers, record two scores, see reliable improvement; 41 is refused', async ({
  page,
  app,
}) => {
  test.setTimeout(scaledTimeout(180_000));
  await openWithNewVault(page, app.open);
  const { session } = await clientWithSession(app, 'Ελπίδα Παπαδοπούλου');
  await page.reload();
  await openFromHome(page, 'Ελπίδα Παπαδοπούλου');
  await page.keyboard.press('Control+]');
  const review = sectionPanel(page, 'review-progress');
  await expect(review.getByRole('heading', { level: 2, name: 'Review progress' })).toBeFocused();

  // The disclosure opens with the keyboard; saving an empty form says what is missing, next to each field.
  const toggle = review.getByRole('button', { name: 'Add your own measure…' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const form = review.getByRole('group', { name: 'Your own measure' });
  await form.getByRole('button', { name: 'Save measure' }).press('Enter');
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(form).toContainText('Give the measure a name.');
  await expect(form).toContainText('Choose whether lower or higher scores are better.');

  // Start from the ORS numbers: the form fills in, the clinician confirms by saving.
  await expect(form).toContainText('licensed instrument');
  await form.getByRole('button', { name: 'Start from the ORS numbers' }).press('Enter');
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Outcome Rating Scale',
  );
  await expect(form.getByRole('textbox', { name: 'Short name' })).toHaveValue('ORS');
  await expect(form.getByRole('textbox', { name: 'Lowest score' })).toHaveValue('0');
  await expect(form.getByRole('textbox', { name: 'Highest score' })).toHaveValue('40');
  await expect(form.getByRole('radio', { name: 'Higher scores are better' })).toBeChecked();
  await expect(form.getByRole('textbox', { name: /Clinical cutoff/ })).toHaveValue('25');
  await expect(form.getByRole('textbox', { name: /Reliable-change value/ })).toHaveValue('5');
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await screenshot(page, 'custom-measure');
  await form.getByRole('button', { name: 'Save measure' }).press('Enter');
  await expect(form).toBeHidden();
  await expect(
    review.getByRole('status').filter({ hasText: 'Outcome Rating Scale is ready' }),
  ).toBeVisible();
  await expectSaved(page);

  // Two scores on the new measure: 18 then 32 on 0–40, higher is better.
  const measure = review.getByRole('combobox', { name: 'Measure' });
  await expect(measure.locator('option', { hasText: 'Outcome Rating Scale' })).toHaveCount(1);
  const date = review.getByLabel('Date', { exact: true });
  const score = review.getByLabel('Score', { exact: true });
  for (const [d, s] of [
    ['2025-02-03', '18'],
    ['2025-05-12', '32'],
  ] as const) {
    await measure.selectOption({ label: 'Outcome Rating Scale' });
    await date.fill(d);
    await score.fill(s);
    await score.press('Enter');
    await expect(score).toHaveValue('');
  }
  await expectSaved(page);
  const block = review.locator('[data-measure="ors"]');
  await expect(block.getByRole('heading', { name: 'Outcome Rating Scale' })).toBeVisible();
  await expect(block.getByRole('img', { name: /Outcome Rating Scale|ORS/ })).toBeVisible();
  await expect(
    block.getByRole('heading', { name: 'What changed on ORS, first to latest score' }),
  ).toBeVisible();
  await expect(block.getByRole('term').filter({ hasText: 'Reliable improvement' })).toContainText(
    'met',
  );
  await expect(
    block.getByRole('term').filter({ hasText: 'Reliable improvement' }),
  ).not.toContainText('not met');

  // Out of range: refused on screen, never saved.
  await measure.selectOption({ label: 'Outcome Rating Scale' });
  await score.fill('41');
  await score.press('Enter');
  await expect(review.getByRole('alert')).toContainText('40');
  await expect(score).toHaveValue('41');
  await score.fill('');
  await expectSaved(page);

  const stored = (await app.handlers['sessions.get']({ id: session.id } as never)) as {
    content: {
      customMeasures: { id: string; name: string; better: string; reliableChange: number }[];
      answers: Record<string, { scores?: { measureId: string; score: number }[] }>;
    };
  };
  expect(stored.content.customMeasures).toMatchObject([
    { id: 'ors', name: 'Outcome Rating Scale', better: 'higher', reliableChange: 5 },
  ]);
  const scores = Object.values(stored.content.answers).flatMap((a) => a.scores ?? []);
  expect(scores.map((s) => [s.measureId, s.score])).toEqual([
    ['ors', 18],
    ['ors', 32],
  ]);
});
