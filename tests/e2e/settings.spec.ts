/**
 * Settings end to end: the profile, handout defaults, security and appearance tabs; a profile
 * edit reaching the exported handout's text; a referral from the directory reaching the
 * handout; the notice for a settings file that was set aside. Screenshots: settings-profile,
 * settings-handout, settings-security.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../core/contract';
import { dispatch } from '../../electron/services/dispatch';
import { sampleChanges } from '../core/handout-model/sample-session';
import { readPdf } from '../services/pdf/pdf-reader';
import { expect, test, type Page } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';

async function call<T>(handlers: Handlers, method: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function openSettings(page: Page, tab?: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

/** Picks a theme by clicking its option (react-aria's radio label), as a pointer user would. */
async function chooseTheme(page: Page, name: RegExp) {
  await page.locator('label').filter({ has: page.getByRole('radio', { name }) }).click();
  await expect(page.getByRole('radio', { name })).toBeChecked();
}

/** A finalized sample session for a new client, optionally with answers replaced; returns its id. */
async function finalizedSession(handlers: Handlers, extra: unknown[] = []): Promise<string> {
  const client = await call<{ id: string }>(handlers, 'clients.create', { displayName: 'Zoë Ørsted', pronouns: 'she/her' });
  const session = await call<{ id: string; rev: number }>(handlers, 'sessions.create', { clientId: client.id });
  const updated = await call<{ rev: number }>(handlers, 'sessions.update', { id: session.id, expectedRev: session.rev, changes: [...sampleChanges(), ...extra] });
  await call(handlers, 'sessions.finalize', { id: session.id, expectedRev: updated.rev });
  return session.id;
}

/** Exports the handout of a session and returns its text as pdf.js reads it. */
async function handoutText(handlers: Handlers, sessionId: string): Promise<string> {
  const doc = await call<{ id: string }>(handlers, 'documents.export', { sessionId, kind: 'handout' });
  const { base64 } = await call<{ base64: string }>(handlers, 'documents.getPdf', { documentId: doc.id });
  return (await readPdf(new Uint8Array(Buffer.from(base64, 'base64')))).text.replace(/\s+/g, ' ');
}

test.describe('settings', () => {
  test('profile: edit, errors next to the field, saved; the edit appears in the exported handout', async ({ page, app }) => {
    await openWithNewVault(page, app.open);
    await openSettings(page);
    await expect(page.getByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('textbox', { name: /^Your name/ }).fill('Ελπίδα Παπαδοπούλου');
    await page.getByRole('textbox', { name: /^Credentials/ }).fill('MSc, Counselling Psychologist');
    await page.getByRole('textbox', { name: /^Practice name/ }).fill('Harbour Light Counselling');
    await page.getByRole('textbox', { name: /^Phone/ }).fill('+44 20 7946 0000');
    await page.getByRole('textbox', { name: /^Email/ }).fill('not-an-email');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Email must look like name@example.org.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Email/ })).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('textbox', { name: /^Email/ }).fill('elpida@example.org');
    await page.getByRole('textbox', { name: /^Signature line/ }).fill('Warmly, Ελπίδα');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await screenshot(page, 'settings-profile');

    const stored = await call<{ settings: { profile: Record<string, string> } }>(app.handlers, 'settings.get', {});
    expect(stored.settings.profile).toMatchObject({ name: 'Ελπίδα Παπαδοπούλου', practiceName: 'Harbour Light Counselling', email: 'elpida@example.org' });

    const text = await handoutText(app.handlers, await finalizedSession(app.handlers));
    expect(text).toContain('Ελπίδα Παπαδοπούλου');
    expect(text).toContain('Harbour Light Counselling');
  });

  test('a referral created in the directory and attached to a session appears in the handout', async ({ page, app }) => {
    await openWithNewVault(page, app.open);
    await openSettings(page, 'Referrals');
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Quiet Minds Sleep Clinic');
    await page.getByRole('textbox', { name: /^Kind of service/ }).fill('Sleep clinic');
    await page.getByRole('textbox', { name: /^Phone/ }).fill('+44 20 7946 0777');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Quiet Minds Sleep Clinic was added.' })).toBeVisible();

    // The runner's referral picker stores a snapshot of the directory entry in the session.
    const [contact] = await call<{ id: string; name: string; kind: string; phone: string }[]>(app.handlers, 'referrals.list', { query: 'quiet minds' });
    const snapshot = { id: 'pick1', referralId: contact!.id, name: contact!.name, kind: contact!.kind, phone: contact!.phone };
    const sessionId = await finalizedSession(app.handlers, [{ op: 'answer', itemId: 'referrals', answer: { covered: true, referrals: [snapshot] } }]);
    const text = await handoutText(app.handlers, sessionId);
    expect(text).toContain('Quiet Minds Sleep Clinic');
    expect(text).toContain('+44 20 7946 0777');
  });

  test('handout defaults and security tabs', async ({ page, app }) => {
    await openWithNewVault(page, app.open);
    await openSettings(page, 'Handout');
    await expect(page.getByLabel('Page size')).toHaveValue('A4');
    await page.getByLabel('Page size').selectOption('Letter');
    await page.getByLabel('Date format').selectOption('iso');
    await page.getByRole('checkbox', { name: /Show questionnaire scores/ }).uncheck();
    await page.getByRole('textbox', { name: /^Goodbye note starter/ }).fill('Thank you for trusting me with this work. ');
    await page.getByRole('button', { name: 'Save handout defaults' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await screenshot(page, 'settings-handout');
    const stored = await call<{ settings: { handout: Record<string, unknown> } }>(app.handlers, 'settings.get', {});
    expect(stored.settings.handout).toMatchObject({ pageSize: 'Letter', dateFormat: 'iso', showScores: false, goodbyeStarter: 'Thank you for trusting me with this work. ' });

    await page.getByRole('tab', { name: 'Security' }).click();
    const minutes = page.getByRole('spinbutton', { name: 'Lock after this many minutes without use' });
    await minutes.fill('500');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Auto-lock can be at most 120 minutes.')).toBeVisible();
    await minutes.fill('5');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Locking' })).toBeVisible();
    await screenshot(page, 'settings-security');
    expect((await call<{ settings: { autoLockMinutes: number } }>(app.handlers, 'settings.get', {})).settings.autoLockMinutes).toBe(5);
  });

  test('theme: light, dark and system apply at once and survive a reload', async ({ page, app }) => {
    await openWithNewVault(page, app.open);
    await openSettings(page, 'Appearance');
    const html = page.locator('html');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await chooseTheme(page, /^Dark/);
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await background()).toBe('rgb(27, 26, 24)');
    await chooseTheme(page, /^Light/);
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(247, 244, 239)');
    await chooseTheme(page, /^Same as this computer/);
    await expect(html).not.toHaveAttribute('data-theme');
    expect(await background()).toBe('rgb(27, 26, 24)');
    // Keyboard: from the selected "system" option, Arrow Up wraps round to Dark.
    await page.getByRole('radio', { name: /^Same as this computer/ }).focus();
    await page.keyboard.press('ArrowUp');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect.poll(async () => (await call<{ settings: { theme: string } }>(app.handlers, 'settings.get', {})).settings.theme).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
    await expect(html).toHaveAttribute('data-theme', 'dark');
  });

  test('a settings file that could not be read: defaults, a calm notice with the kept copy, dismissed once', async ({ page, app }) => {
    writeFileSync(join(app.dataDir, 'settings.json'), '{"theme": "dark", "autoLockMinutes": ');
    await openWithNewVault(page, app.open);
    const notice = page.getByRole('region', { name: 'Your settings were reset' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(/settings\.invalid-.+\.json/);
    await page.getByRole('button', { name: 'Got it' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
    await expect(notice).toHaveCount(0);
    expect((await call<{ notice: object }>(app.handlers, 'settings.get', {})).notice).toEqual({});
  });
});
