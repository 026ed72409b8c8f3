/**
 * Help → About: opened by the menu command while locked or unlocked; the heading takes focus;
 * name, version and the privacy sentence; the third-party notices the build generated (every
 * bundled package's licence text, @zxcvbn-ts/language-en's NOTICE among them) in a scrollable
 * region the keyboard reaches. Screenshots: about-notices (light and dark, axe).
 */
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';

test('About shows the version, the privacy promise and the third-party notices; Close returns', async ({
  page,
  app,
}) => {
  await openWithNewVault(page, app.open);
  await expect(page.getByRole('heading', { name: 'No closing sessions yet' })).toBeVisible();

  await app.emit('menu.command', { command: 'show-about' });
  const heading = page.getByRole('heading', { level: 1, name: 'About Closing Session' });
  await expect(heading).toBeFocused();
  await expect(page.getByText('Version 0.1.0')).toBeVisible();
  await expect(
    page.getByText('Everything you enter stays on this computer, encrypted.'),
  ).toBeVisible();

  const notices = page.getByRole('region', { name: 'Third-party notices' });
  await expect(notices).toBeVisible();
  for (const name of [
    '@zxcvbn-ts/language-en 4.1.1',
    'pdfkit 0.20.2',
    'react 19.3.1',
    '@fontsource-variable/inter 5.3.0',
    '@homebridge/dbus-native 0.7.9',
  ]) {
    await expect(notices).toContainText(name);
  }
  await expect(notices).toContainText(
    'Any redistribution of this package must retain this notice.',
  );
  await expect(notices).toContainText('SIL Open Font License');
  await expect(notices).toContainText('DejaVu');

  // The keyboard reaches the region (to scroll it) straight after the heading.
  await page.keyboard.press('Tab');
  await expect(notices).toBeFocused();
  const scrolls = await notices.evaluate((element) => element.scrollHeight > element.clientHeight);
  expect(scrolls).toBe(true);
  // Scrolled to the word-list attribution @zxcvbn-ts/language-en asks to keep.
  await notices
    .getByText('Any redistribution of this package must retain this notice.')
    .scrollIntoViewIfNeeded();
  await screenshot(page, 'about-notices');

  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { name: 'No closing sessions yet' })).toBeVisible();

  // Also while locked: About shows no client data.
  await page.getByRole('button', { name: 'Lock' }).click();
  await app.emit('menu.command', { command: 'show-about' });
  await expect(heading).toBeFocused();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
});
