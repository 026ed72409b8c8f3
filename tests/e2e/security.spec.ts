import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openSecurity } from './support/navigation';
import { openWithNewVault, PASSPHRASE, unlockThroughUi } from './support/vault';

async function addClient(page: import('@playwright/test').Page, name: string) {
  await page
    .getByRole('button', { name: /Start a closing session|New client/ })
    .first()
    .click();
  await page.getByRole('textbox', { name: /^Display name/ }).fill(name);
  await page.getByRole('button', { name: 'Create client and start session' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

test.describe('vault security: quarantine, backup, restore, audit', () => {
  test('one flipped byte: that record is set aside, the rest loads, the notice says so', async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    await addClient(page, 'Zoë Ørsted');
    await addClient(page, 'Ελπίδα Παπαδοπούλου');
    await page.getByRole('button', { name: 'Lock' }).click();
    const dir = join(app.dataDir, 'vault', 'records', 'client');
    const [victim] = (await readdir(dir)).filter((n) => n.endsWith('.rec'));
    const bytes = await readFile(join(dir, victim!));
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 0x01;
    await writeFile(join(dir, victim!), bytes);

    await unlockThroughUi(page);
    await expect(page.getByRole('heading', { name: '1 record could not be read' })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(1);
    await screenshot(page, 'quarantine-notice');

    const target = join(app.dataDir, '..', `support-${Date.now()}`);
    await import('node:fs/promises').then((fs) => fs.mkdir(target, { recursive: true }));
    app.choose(target);
    await page.getByRole('button', { name: 'Export for support…' }).click();
    await expect(page.getByText(/Exported 1 file to/)).toBeVisible();
  });

  test('backup with progress, restore after a confirmation, activity record checked', async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    await addClient(page, '王小明');
    await addClient(page, 'דנה לוי');
    await openSecurity(page);

    const backupPath = join(app.dataDir, 'practice.csbackup');
    app.choose(backupPath);
    await page.getByRole('button', { name: 'Export backup…' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Backup saved as practice.csbackup' }),
    ).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Backup' })).toHaveAttribute(
      'aria-valuenow',
      /\d+/,
    );
    await screenshot(page, 'backup-progress');

    // A client added after the backup disappears when the backup is restored.
    await page.getByRole('button', { name: 'Clients' }).click();
    await addClient(page, 'Анастасия');
    await openSecurity(page);

    app.choose(backupPath);
    await page.getByRole('button', { name: 'Restore from a backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore from this backup?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('practice.csbackup');
    await screenshot(page, 'restore-confirm', { fullPage: false });
    await dialog.getByLabel('Backup passphrase').fill('not the right one at all');
    await dialog.getByRole('button', { name: 'Check and restore' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Backup passphrase' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await dialog.getByLabel('Backup passphrase').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Check and restore' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Restored \d+ files/ })).toBeVisible();

    await page.getByRole('button', { name: 'Check the activity record' }).click();
    await expect(page.getByText(/The activity record is complete and unaltered/)).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Backup restored' })).toBeVisible();
    await screenshot(page, 'audit-log');

    await page.getByRole('button', { name: 'Clients' }).click();
    await expect(page.getByRole('heading', { name: '王小明' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Анастасия' })).toHaveCount(0);
  });

  test('change passphrase: the old one stops working, the new one opens', async ({ page, app }) => {
    await openWithNewVault(page, app.open);
    await openSecurity(page);
    const next = 'copper willow meadow 58 glass';
    await page.getByLabel('Current passphrase').fill(PASSPHRASE);
    await page.getByLabel('New passphrase').fill(next);
    await page.getByLabel('Type the passphrase again').fill(next);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(page.getByText('Your passphrase was changed.')).toBeVisible();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockThroughUi(page);
    await expect(page.getByRole('textbox', { name: 'Passphrase', exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await unlockThroughUi(page, next);
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  });
});
