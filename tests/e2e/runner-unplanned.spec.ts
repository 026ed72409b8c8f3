/**
 * An unplanned ending: a closure letter started from the home screen with the Unplanned ending
 * template, the reason set to "Client stopped attending", an outreach log (date, channel, consent
 * to that channel, outcome, note); finalize asks only for the risk known at last contact (no
 * goals, toolkit, warning signs or return policy), then the letter is made from the record.
 * Screenshots: start-session, unplanned-runner, unplanned-finalize.
 */
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';
import { expectSaved, sectionPanel } from './runner-helpers';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

test('unplanned ending: outreach attempts with consent, finalize without the irrelevant sections, then the closure letter', async ({
  page,
  app,
}) => {
  test.setTimeout(scaledTimeout(180_000));
  await openWithNewVault(page, app.open);
  await app.handlers['clients.create']({
    displayName: '王小明',
    preferredName: '小明',
    pronouns: '',
    recordCode: 'RC-2207',
    language: 'zh',
    notes: '',
  } as never);
  await page.reload();
  await page.getByRole('button', { name: 'Start a closing session for 王小明' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Start a closing document' })).toBeVisible();
  await page.getByRole('radio', { name: /A closure letter/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /Unplanned ending/ })).toBeChecked();
  await screenshot(page, 'start-session');
  await page.getByRole('button', { name: 'Start', exact: true }).press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: '王小明' })).toBeVisible();
  await expect(page.getByText('Closure letter · Unplanned ending')).toBeVisible();
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
    await page
      .getByRole('combobox', { name: 'Client agreed to this channel?' })
      .selectOption('agreed');
    await page.getByRole('combobox', { name: 'What happened' }).selectOption(outcome);
    await page.getByLabel(/^Note/).fill(note);
    await page.getByRole('button', { name: 'Add to the log' }).press('Enter');
  }
  const log = page.getByRole('table', { name: 'Attempts to reach the client' });
  await expect(log.getByRole('row')).toHaveCount(4);
  await expectSaved(page);
  await expect(rail.getByRole('button').first()).toContainText('1 of 1 done');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'unplanned-runner', { fullPage: false });

  await page.reload();
  await page.getByRole('button', { name: 'Open closure letter for 王小明' }).press('Enter');
  await expect(
    page.getByRole('table', { name: 'Attempts to reach the client' }).getByRole('row'),
  ).toHaveCount(4);
  const id = (await app.handlers['clients.list']({}))[0]!.documents[0]!.id;
  const stored = await app.handlers['sessions.get']({ id });
  expect(stored).toMatchObject({
    kind: 'closure-letter',
    template: { id: 'unplanned-ending' },
    content: { reasonForEnding: { code: 'stopped-attending' } },
  });
  expect(stored.content.outreach.map((o) => [o.date, o.method, o.outcome, o.note])).toEqual(
    attempts.map((a) => [...a]),
  );
  expect(stored.content.outreach.every((o) => o.consent === 'agreed')).toBe(true);

  // Finalize asks only for what an unplanned ending needs: the risk known at last contact.
  await page.getByRole('button', { name: 'Finalize…' }).press('Enter');
  const missing = page.getByRole('dialog', { name: 'A few things are still needed' });
  await expect(
    missing.getByRole('list', { name: 'Still needed' }).getByRole('listitem'),
  ).toHaveCount(1);
  await expect(missing).toContainText('Record the date you assessed risk and the level you found.');
  for (const never of ['goals', 'toolkit', 'Warning signs', 'How to come back'])
    await expect(missing).not.toContainText(never);
  await screenshot(page, 'unplanned-finalize');
  await missing.getByRole('button', { name: /Risk known at last contact/ }).press('Enter');
  const risk = sectionPanel(page, 'closing-the-record').locator('[data-item="risk-at-discharge"]');
  await risk.getByLabel('Date assessed').fill('2025-08-26');
  await risk.getByRole('radio', { name: 'Low' }).press('Space');
  await risk
    .getByLabel('What this rests on, and what was done')
    .fill('Last session 26 Aug: no thoughts of self-harm, PHQ-9 item 9 was 0; partner supportive.');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Finalize…' }).press('Enter');
  await page.getByRole('button', { name: 'Finalize and lock' }).press('Enter');
  await expect(page.getByRole('heading', { name: /^Locked on / })).toBeVisible();

  // Outreach → letter: the letter is made from the finalized record and says what the runner says.
  const letter = await app.handlers['documents.letterText']({
    sessionId: id,
    variant: 'minimal',
  } as never);
  // In the client's language (Chinese): "As we have not been able to arrange another session, I will close your file for now."
  expect(JSON.stringify(letter)).toContain('由于我们没能安排下一次会谈，我将暂时结束你的档案');
  await app.handlers['documents.export']({
    sessionId: id,
    kind: 'closure-letter',
    options: {},
  } as never);
  expect(
    (await app.handlers['documents.list']({ sessionId: id } as never)).map(
      (d: { kind: string }) => d.kind,
    ),
  ).toContain('closure-letter');
});
