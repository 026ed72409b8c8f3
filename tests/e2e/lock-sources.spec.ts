/**
 * Settings → Security says exactly what locks the vault on this computer, from what the main
 * process reports through system.lockSources (here set per test as the main process would).
 * Screenshot: security-lock-sources (light, dark, axe).
 */
import type { LockSources } from '../../core/lock-sources';
import { expect, test } from './support/fixtures';
import { openSecurity } from './support/navigation';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';

const cases: { title: string; sources: LockSources; says: RegExp }[] = [
  {
    title: 'Linux with a screensaver signal and no idle time (Wayland)',
    sources: {
      platform: 'linux',
      idle: 'unknown',
      screenLockSignal: {
        state: 'listening',
        sources: ['org.gnome.ScreenSaver', 'org.freedesktop.login1'],
      },
    },
    says: /^On Linux the vault locks when the computer suspends and when the desktop locks the screen \(signal from org\.gnome\.ScreenSaver, org\.freedesktop\.login1\)\. This system does not report idle time \(as under Wayland\), so the vault cannot lock after idle minutes/,
  },
  {
    title: 'Linux without a screen-lock signal',
    sources: {
      platform: 'linux',
      idle: 'measured',
      screenLockSignal: { state: 'not-found', reason: 'session bus: no DBUS_SESSION_BUS_ADDRESS' },
    },
    says: /^On Linux the vault locks when the computer suspends and after 10 idle minutes\. No screen-lock signal was found on this desktop, so locking the screen alone does not lock the vault\.$/,
  },
  {
    title: 'macOS',
    sources: { platform: 'darwin', idle: 'measured' },
    says: /^On this Mac the vault locks when the computer sleeps, when the screen locks, and after 10 idle minutes\.$/,
  },
];

for (const { title, sources, says } of cases) {
  test.describe(title, () => {
    test.use({ handlerDeps: { lockSources: () => sources } });
    test(`Settings → Security states what locks the vault (${title})`, async ({ page, app }) => {
      await openWithNewVault(page, app.open);
      await openSecurity(page);
      await expect(page.getByTestId('lock-sources')).toHaveText(says);
      if (sources.idle === 'unknown')
        await screenshot(page, 'security-lock-sources', { fullPage: false });
    });
  });
}
