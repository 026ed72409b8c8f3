import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { createVaultThroughUi, PASSPHRASE, unlockThroughUi } from './support/vault';
import { DEFAULT_SCRYPT } from '../../electron/services/vault/kdf';

// This spec runs the production scrypt cost end to end; the other specs use a lighter one.
test.use({ handlerDeps: { scrypt: DEFAULT_SCRYPT } });

test.describe('vault: create, recovery key, lock and unlock', () => {
  test('first run refuses a weak passphrase, shows the recovery key, then opens', async ({
    page,
    app,
  }) => {
    await app.open();
    await expect(page.getByRole('heading', { name: 'Protect your client records' })).toBeVisible();
    await screenshot(page, 'vault-create');

    await page.getByLabel('Passphrase', { exact: true }).fill('password1');
    await page.getByLabel('Type the passphrase again').fill('password1');
    await expect(page.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute(
      'aria-valuetext',
      /weak/i,
    );
    await page.getByRole('button', { name: 'Create encrypted vault' }).click();
    await expect(page.getByRole('textbox', { name: 'Passphrase', exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await screenshot(page, 'vault-weak-passphrase');

    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create encrypted vault' }).click();
    await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
    await screenshot(page, 'recovery-key');
    await page.getByRole('textbox', { name: /Type group 3/ }).fill('ZZZZ');
    await page.getByRole('button', { name: 'I have saved it — continue' }).click();
    await expect(page.getByText('Those characters do not match that group.')).toBeVisible();
  });

  test('lock drops client data; a wrong passphrase shows an error; the right one reopens', async ({
    page,
    app,
  }) => {
    await app.open();
    await createVaultThroughUi(page);
    await page.getByRole('button', { name: 'Start a closing session' }).click();
    await page.getByRole('textbox', { name: /^Display name/ }).fill('דנה לוי');
    await page.getByRole('button', { name: 'Create client and start session' }).click();
    await expect(page.getByRole('heading', { name: 'דנה לוי' })).toBeVisible();

    await page.keyboard.press('Control+l');
    await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('דנה לוי');
    await screenshot(page, 'unlock');

    await unlockThroughUi(page, 'not the passphrase');
    await expect(page.getByRole('textbox', { name: 'Passphrase', exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await screenshot(page, 'unlock-error');

    await unlockThroughUi(page);
    await expect(page.getByRole('heading', { name: 'דנה לוי' })).toBeVisible();
  });

  test('an automatic lock from the main process returns to the unlock screen', async ({
    page,
    app,
  }) => {
    await app.open();
    await createVaultThroughUi(page);
    await app.handlers['vault.lock']({ reason: 'idle' });
    await app.emit('vault.locked', { reason: 'idle' });
    await expect(page.getByText('Locked automatically to protect your records.')).toBeVisible();
  });

  test('forgot passphrase: the recovery key and a new passphrase open the vault', async ({
    page,
    app,
  }) => {
    await app.open();
    const key = await createVaultThroughUi(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
    await page
      .getByRole('textbox', { name: 'Recovery key' })
      .fill(key.toLowerCase().replace(/-/g, ' '));
    await page.getByLabel('New passphrase').fill('amber meadow violin 93 tide');
    await page.getByLabel('Type the passphrase again').fill('amber meadow violin 93 tide');
    await page.getByRole('button', { name: 'Unlock and set new passphrase' }).click();
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  });
});

test('keyboard only: lock with Ctrl+L, type the passphrase, Enter unlocks', async ({
  page,
  app,
}) => {
  await app.open();
  await createVaultThroughUi(page);
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Passphrase', exact: true })).toBeFocused();
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
});
