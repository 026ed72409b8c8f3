import type { ApiOutput, Handlers, Method } from '../../core/contract';
import { dispatch } from '../../electron/services/dispatch';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault, unlockThroughUi } from './support/vault';

/** Calls the real handlers (through dispatch, as the page would) and returns the value. */
async function call<M extends Method>(
  handlers: Handlers,
  method: M,
  input: unknown,
): Promise<ApiOutput<M>> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value as ApiOutput<M>;
}

test('a full disk opens the vault read-only: records readable, changes refused with a reason, Try again restores writing', async ({
  page,
  app,
}) => {
  await openWithNewVault(page, app.open);
  const client = await call(app.handlers, 'clients.create', { displayName: 'Zoë Ørsted' });
  await call(app.handlers, 'sessions.create', { clientId: client.id, kind: 'closing-session' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Zoë Ørsted' })).toBeVisible();
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
  await expect(page.getByRole('alert')).toContainText(
    'The vault is open read-only because the disk is full',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();

  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(notice.getByRole('status')).toHaveText(/Still read-only/);

  app.diskFault(null);
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(notice).toBeHidden();
  const confirmation = page
    .getByRole('status')
    .filter({ hasText: 'The disk can be written to again' });
  await expect(confirmation).toBeFocused();
  const events = await call(app.handlers, 'audit.list', { limit: 3 });
  expect(events.map((e) => e.type)).toEqual(['unlocked', 'locked', 'session-created']);
});
