import { expect, type Page } from '@playwright/test';

/** A strong invented passphrase used across the e2e suite. */
export const PASSPHRASE = 'quiet harbour lantern 47 moss';

/** Creates the vault through the UI and confirms the recovery key; returns the key. */
export async function createVaultThroughUi(page: Page): Promise<string> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create encrypted vault' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  const groups = await page
    .getByRole('group', { name: 'Recovery key' })
    .locator('span[class*="keyGroup"]')
    .allInnerTexts();
  const key = groups.map((g) => g.replace(/^group \d+:\s*/, '').trim()).join('-');
  await page
    .getByRole('textbox', { name: /Type group 3/ })
    .fill(groups[2]!.replace(/^group \d+:\s*/, '').trim());
  await page.getByRole('button', { name: 'I have saved it — continue' }).click();
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  return key;
}

/** Opens the app and creates a vault (most tests start from an unlocked, empty vault). */
export async function openWithNewVault(page: Page, open: () => Promise<void>): Promise<string> {
  await open();
  await expect(page.getByRole('heading', { name: 'Protect your client records' })).toBeVisible();
  return createVaultThroughUi(page);
}

/** Unlocks the vault through the UI. */
export async function unlockThroughUi(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}
