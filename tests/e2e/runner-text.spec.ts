/**
 * Text kept exactly: a 100,000-character paste, emoji, Arabic and Hebrew round-trip through save
 * and reload; past the documented limit the field says so and keeps the text on screen. A failed
 * save keeps the text, shows the error and retries until it is stored.
 */
import { writeFileAtomic } from '../../electron/services/store/atomic-write';
import { expect, test } from './support/fixtures';
import { openWithNewVault } from './support/vault';
import { clientWithSession, expectSaved, openFromHome, sectionPanel } from './runner-helpers';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

const disk = { full: false };

test.use({
  handlerDeps: {
    writer: async (dir: string, name: string, bytes: Uint8Array) => {
      if (disk.full && dir.includes('session'))
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      return writeFileAtomic(dir, name, bytes);
    },
  },
});

test('a 100,000-character paste, emoji, Arabic and Hebrew are kept exactly through save and reload', async ({
  page,
  app,
}) => {
  test.setTimeout(scaledTimeout(180_000));
  await openWithNewVault(page, app.open);
  const { session } = await clientWithSession(app, 'محمد الأحمد');
  await page.reload();
  await openFromHome(page, 'محمد الأحمد');
  const opening = sectionPanel(page, 'opening');
  const notes = opening.getByRole('textbox', {
    name: 'Notes on how the client feels about ending',
  });

  const long = 'Zoë 🌱 محمد דנה '.repeat(7_000).slice(0, 100_000);
  expect(long.length).toBe(100_000);
  await notes.focus();
  await page.evaluate((text) => navigator.clipboard?.writeText(text).catch(() => undefined), long);
  await notes.fill(long); // as a paste: one insertText of the whole block
  await expectSaved(page);
  const mixed = 'قال محمد: «شكرًا لك» — דנה לוי אמרה: "תודה רבה" 🙏🏽👩‍👩‍👧 e\u0301 (decomposed) Ελπίδα';
  const feelings = opening.getByRole('checkbox', { name: /How are you feeling/ });
  await opening.getByRole('button', { name: /Add a note to “How are you feeling/ }).press('Enter');
  const note = opening.getByRole('textbox', { name: /Note on “How are you feeling/ });
  await note.fill(mixed);
  await feelings.press('Space');
  await expectSaved(page);

  await page.reload();
  await openFromHome(page, 'محمد الأحمد');
  await expect(notes).toHaveValue(long);
  await expect(note).toHaveValue(mixed);
  const stored = await app.handlers['sessions.get']({ id: session.id });
  expect(stored.content.answers['opening-notes']?.text).toBe(long);
  expect(stored.content.answers['opening-feelings']).toMatchObject({ text: mixed, covered: true });

  // Past the 200,000-character limit the field says so; the text stays on screen, unsaved.
  await notes.fill(`${long}${long}!`);
  await expect(opening.getByText(/1 characters past the 200,000-character limit/)).toBeVisible();
  await expect(notes).toHaveValue(`${long}${long}!`);
  expect(
    (await app.handlers['sessions.get']({ id: session.id })).content.answers['opening-notes']?.text,
  ).toBe(long);
  await notes.fill('Back under the limit.');
  await expectSaved(page);
  await expect(opening.getByText(/past the 200,000-character limit/)).toHaveCount(0);
});

test('a failed save keeps the text on screen, says so, and retries until it is stored', async ({
  page,
  app,
}) => {
  await openWithNewVault(page, app.open);
  const { session } = await clientWithSession(app, 'דנה לוי');
  await page.reload();
  await openFromHome(page, 'דנה לוי');
  const notes = sectionPanel(page, 'opening').getByRole('textbox', {
    name: 'Notes on how the client feels about ending',
  });
  disk.full = true;
  await notes.fill('דנה: מרגישה מוכנה לסיים');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'retrying');
  await expect(page.getByRole('alert').filter({ hasText: 'disk is full' })).toBeVisible();
  await expect(notes).toHaveValue('דנה: מרגישה מוכנה לסיים');
  disk.full = false;
  await expectSaved(page);
  expect(
    (await app.handlers['sessions.get']({ id: session.id })).content.answers['opening-notes']?.text,
  ).toBe('דנה: מרגישה מוכנה לסיים');
});
