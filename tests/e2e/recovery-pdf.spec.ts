// The recovery key screen offers "Save as PDF…": the file goes where the clinician chooses in
// the save dialog, and it is a PDF.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { PASSPHRASE } from './support/vault';

test.use({ handlerDeps: { scrypt: { N: 2 ** 10, r: 8, p: 1 } } });

test('the recovery key is saved as a PDF through the save dialog', async ({ page, app }) => {
  await app.open();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create encrypted vault' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();

  app.choose(null);
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status')).toHaveCount(0);

  const target = join(app.dataDir, 'my-recovery-key.pdf');
  app.choose(target);
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status')).toContainText('Saved as “my-recovery-key.pdf”');
  const bytes = await readFile(target);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await screenshot(page, 'recovery-key-pdf-saved');
  await expect(page.getByRole('button', { name: 'Print the key' })).toBeVisible();
});
