// "Remember on this computer" end to end, with an in-memory keychain passed through the
// fixture's handlerDeps: turning it on in Settings → Security, opening at start without the
// passphrase, the passphrase after any lock, a calm fallback, and the unavailable state.
import type { RememberUnavailableReason } from '../../core/vault/vault-schemas';
import { createHandlers } from '../../electron/services/handlers';
import type { Keychain } from '../../electron/services/vault/keychain';
import { expect, test } from './support/fixtures';
import { openSecurity } from './support/navigation';
import { screenshot } from './support/screens';
import { openWithNewVault, PASSPHRASE, unlockThroughUi } from './support/vault';

const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

/** The keychain of "this computer" for the current test (a fresh one per test). */
let secret: Uint8Array | null = null;
let availability: { available: true } | { available: false; reason: RememberUnavailableReason } = {
  available: true,
};
const keychain: Keychain = {
  availability: async () => availability,
  save: async (bytes) => void (secret = new Uint8Array(bytes)),
  load: async () => (secret ? new Uint8Array(secret) : null),
  forget: async () => void (secret = null),
};

test.use({ handlerDeps: { keychain, scrypt: FAST_SCRYPT } });
test.beforeEach(() => {
  secret = null;
  availability = { available: true };
});

/** Creates a vault with "Remember on this computer" on, as an earlier run of the app would have. */
async function seedRememberedVault(dataDir: string) {
  const earlier = createHandlers({ dataDir, keychain, scrypt: FAST_SCRYPT });
  await earlier['vault.create']({ passphrase: PASSPHRASE });
  await earlier['clients.create']({ displayName: 'Анастасия' } as never);
  await earlier['vault.setRemember']({ enabled: true, passphrase: PASSPHRASE });
  await earlier['vault.lock']({ reason: 'quit' });
}

test.describe('remember on this computer', () => {
  test('turned on in Settings → Security; after a lock the passphrase is needed', async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    await openSecurity(page);
    const section = page.getByRole('region', { name: 'Remember on this computer' });
    await expect(
      section.getByText('Off. The passphrase is needed each time the app starts.'),
    ).toBeVisible();
    await section.getByRole('switch', { name: 'Remember on this computer' }).press('Space');
    const confirm = section.getByLabel('Enter your passphrase to turn this on');
    await expect(confirm).toBeFocused();
    await confirm.fill('not my passphrase at all 12');
    await section.getByRole('button', { name: 'Turn on' }).click();
    await expect(section.getByText('That passphrase does not open this vault.')).toBeVisible();
    expect(secret).toBeNull();
    await confirm.fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Turn on' }).click();
    await expect(section.getByRole('status')).toHaveText('This computer now remembers your vault.');
    await expect(section.getByRole('switch', { name: 'Remember on this computer' })).toBeChecked();
    await expect(section.getByText(/^On\. When the app starts/)).toBeVisible();
    expect(secret).not.toBeNull();
    await expect(
      page.getByRole('cell', { name: '“Remember on this computer” turned on' }),
    ).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-remember');

    // Lock now: this run has locked, so only the passphrase opens it again.
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
    expect((await app.handlers['vault.status']({})).state).toBe('locked');
    expect(await app.handlers['vault.unlockWithDevice']({})).toEqual({
      unlocked: false,
      why: 'after-lock',
    });
    await unlockThroughUi(page);
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();

    // Turning it off forgets the key at once.
    await openSecurity(page);
    await section.getByRole('switch', { name: 'Remember on this computer' }).press('Space');
    await expect(section.getByRole('status')).toHaveText(
      'This computer no longer remembers your vault.',
    );
    await expect(
      section.getByRole('switch', { name: 'Remember on this computer' }),
    ).not.toBeChecked();
    expect(secret).toBeNull();
  });

  test('at start the vault opens without the passphrase, and the activity says how', async ({
    page,
    app,
  }) => {
    await seedRememberedVault(app.dataDir);
    await app.open();
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
    await expect(page.getByText('Анастасия').first()).toBeVisible();
    await openSecurity(page);
    await expect(
      page.getByRole('cell', { name: 'Unlocked (with this computer’s keychain)' }).first(),
    ).toBeVisible();
    await expect(page.getByRole('switch', { name: 'Remember on this computer' })).toBeChecked();
  });

  test('a remembered key that no longer fits: a calm word, then the passphrase works and the switch says off', async ({
    page,
    app,
  }) => {
    await seedRememberedVault(app.dataDir);
    secret![secret!.length - 1]! ^= 1;
    await app.open();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'could not open your records on its own this time' }),
    ).toBeVisible();
    await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
    await unlockThroughUi(page);
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
    await openSecurity(page);
    await expect(page.getByRole('switch', { name: 'Remember on this computer' })).not.toBeChecked();
    await expect(
      page.getByText('Off. The passphrase is needed each time the app starts.'),
    ).toBeVisible();
  });

  test('without a secure keychain the option is not offered and the reason is shown', async ({
    page,
    app,
  }) => {
    availability = { available: false, reason: 'no-keyring' };
    await openWithNewVault(page, app.open);
    await openSecurity(page);
    const section = page.getByRole('region', { name: 'Remember on this computer' });
    await expect(
      section.getByText(/This computer has no secure keychain \(Linux without a keyring/),
    ).toBeVisible();
    await expect(section.getByRole('switch')).toHaveCount(0);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-remember-unavailable');
  });
});
