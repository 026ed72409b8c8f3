import { expect, type Page } from '@playwright/test';

/** Opens Settings → Security (passphrase, backup and restore, activity). */
export async function openSecurity(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Security' }).click();
  await expect(page.getByRole('heading', { name: 'Backup' })).toBeVisible();
}
