/**
 * An unplanned ending: a closure letter started from the home screen with the Brief ending
 * checklist, the reason set to "Client stopped attending", and an outreach log (date, method,
 * outcome, note). Screenshot: unplanned-outreach.
 */
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';
import { expectSaved } from './runner-helpers';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

test('closure letter: start with a chosen checklist, record outreach attempts, reload keeps them', async ({ page, app }) => {
  test.setTimeout(scaledTimeout(180_000));
  await openWithNewVault(page, app.open);
  await app.handlers['clients.create']({ displayName: '王小明', preferredName: '小明', pronouns: '', recordCode: 'RC-2207', language: 'zh', notes: '' } as never);
  await page.reload();
  await page.getByRole('button', { name: 'Start a closing session for 王小明' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Start a closing document' })).toBeVisible();
  await page.getByRole('radio', { name: /A closure letter/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /Brief ending/ })).toBeChecked();
  await screenshot(page, 'start-session');
  await page.getByRole('button', { name: 'Start', exact: true }).press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: '王小明' })).toBeVisible();
  await expect(page.getByText('Closure letter · Brief ending')).toBeVisible();
  const rail = page.getByRole('navigation', { name: 'Sections' });
  await expect(rail.getByRole('button').first()).toContainText('Reaching out');
  await expect(page.getByRole('heading', { level: 2, name: 'Reaching out' })).toBeVisible();

  const attempts = [
    ['2025-09-02', 'phone', 'no-answer', 'Rang twice, morning and evening.'],
    ['2025-09-09', 'text-message', 'left-message', 'Short text: thinking of you, door open.'],
    ['2025-09-20', 'letter', 'other', ''],
  ] as const;
  for (const [date, method, outcome, note] of attempts) {
    await page.getByLabel('Date', { exact: true }).fill(date);
    await page.getByRole('combobox', { name: 'How' }).selectOption(method);
    await page.getByRole('combobox', { name: 'What happened' }).selectOption(outcome);
    await page.getByLabel(/^Note/).fill(note);
    await page.getByRole('button', { name: 'Add to the log' }).press('Enter');
  }
  const log = page.getByRole('table', { name: 'Attempts to reach the client' });
  await expect(log.getByRole('row')).toHaveCount(4);
  await expectSaved(page);
  await expect(rail.getByRole('button').first()).toContainText('1 of 1 done');
  await screenshot(page, 'unplanned-outreach');

  await page.reload();
  await page.getByRole('button', { name: 'Open closure letter for 王小明' }).press('Enter');
  await expect(page.getByRole('table', { name: 'Attempts to reach the client' }).getByRole('row')).toHaveCount(4);
  const id = (await app.handlers['clients.list']({}))[0]!.documents[0]!.id;
  const stored = await app.handlers['sessions.get']({ id });
  expect(stored).toMatchObject({ kind: 'closure-letter', template: { id: 'brief-ending' }, content: { reasonForEnding: { code: 'stopped-attending' } } });
  expect(stored.content.outreach.map((o) => [o.date, o.method, o.outcome, o.note])).toEqual(attempts.map((a) => [...a]));
});
