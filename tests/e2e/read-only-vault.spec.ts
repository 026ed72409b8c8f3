import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault, unlockThroughUi } from './support/vault';

test('a full disk opens the vault read-only: records readable, changes refused with a reason, Try again restores writing', async ({ page, app }) => {
  await openWithNewVault(page, app.open);
  await page.evaluate(async () => {
    const client = await window.api.clients.create({ displayName: 'Zoë Ørsted' });
    if (client.ok) await window.api.sessions.create({ clientId: client.value.id, kind: 'closing-session' });
  });
  await page.getByRole('button', { name: 'Lock' }).click();

  app.diskFault('ENOSPC');
  await unlockThroughUi(page);
  const notice = page.getByRole('region', { name: 'Open read-only: the disk is full' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('You can browse, search, preview and save copies elsewhere');
  await expect(page.getByRole('heading', { name: 'Zoë Ørsted' })).toBeVisible();
  await screenshot(page, 'read-only-vault');

  // A change is refused with the same calm reason, and nothing is lost.
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByRole('textbox', { name: /^Display name/ }).fill('Ana Souza');
  await page.getByRole('button', { name: 'Create client and start session' }).click();
  await expect(page.getByRole('alert')).toContainText('The vault is open read-only because the disk is full');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(notice.getByRole('status')).toHaveText(/Still read-only/);

  app.diskFault(null);
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(notice).toBeHidden();
  const confirmation = page.getByRole('status').filter({ hasText: 'The disk can be written to again' });
  await expect(confirmation).toBeFocused();
  const events = await page.evaluate(async () => {
    const listed = await window.api.audit.list({ limit: 3 });
    return listed.ok ? listed.value.map((e) => e.type) : [];
  });
  expect(events).toEqual(['unlocked', 'locked', 'session-created']);
});
