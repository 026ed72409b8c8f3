/** Shared steps for the runner and client-view e2e tests (keyboard only: focus, type, press). */
import { expect, type Page } from '@playwright/test';
import type { AppHarness } from './support/fixtures';
import { PASSPHRASE } from './support/vault';

/** Creates the vault with the keyboard only (no clicks) and returns to the empty home screen. */
export async function createVaultByKeyboard(page: Page, app: AppHarness): Promise<void> {
  await app.open();
  await expect(page.getByRole('heading', { name: 'Protect your client records' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create encrypted vault' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  const groups = await page
    .getByRole('group', { name: 'Recovery key' })
    .locator('span[class*="keyGroup"]')
    .allInnerTexts();
  await page
    .getByRole('textbox', { name: /Type group 3/ })
    .fill(groups[2]!.replace(/^group \d+:\s*/, '').trim());
  await page.getByRole('button', { name: 'I have saved it — continue' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
}

/** Waits until the runner says "Saved" (nothing pending, nothing in flight). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

/** The section whose heading is showing in the runner. */
export function sectionPanel(page: Page, id: string) {
  return page.locator(`[data-section="${id}"]`);
}

/** Creates a client and a session straight through the handlers (for tests not about the start flow). */
export async function clientWithSession(
  app: AppHarness,
  displayName: string,
  kind: 'closing-session' | 'closure-letter' = 'closing-session',
) {
  const client = await app.handlers['clients.create']({
    displayName,
    preferredName: displayName.split(' ')[0]!,
    pronouns: '',
    recordCode: '',
    language: 'en',
    notes: '',
  } as never);
  const session = await app.handlers['sessions.create']({ clientId: client.id, kind } as never);
  return { client, session };
}

/** Opens a client's first document from the home screen with the keyboard. */
export async function openFromHome(
  page: Page,
  name: string,
  kind = 'closing session',
): Promise<void> {
  await page.getByRole('button', { name: `Open ${kind} for ${name}` }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Focuses a field and types into it, as a person would. */
export async function typeInto(
  page: Page,
  field: ReturnType<Page['getByLabel']>,
  text: string,
): Promise<void> {
  await field.focus();
  await page.keyboard.type(text);
}

/**
 * One step of a runner journey on its own: a vault created through the handlers (the keyboard
 * creation is the first step's test), a client with a session whose content already holds
 * `changes`, and the app opened on the runner at `section` (the section the runner remembers for
 * that session in this tab; set before the app's scripts run, and only when none is remembered,
 * so a reload keeps where the runner went since).
 */
export async function openSessionAt(
  page: Page,
  app: AppHarness,
  name: string,
  { section, changes = [] }: { section?: string; changes?: readonly object[] } = {},
): Promise<{ id: string }> {
  await app.handlers['vault.create']({ passphrase: PASSPHRASE });
  const { session } = await clientWithSession(app, name);
  if (changes.length > 0)
    await app.handlers['sessions.update']({
      id: session.id,
      expectedRev: session.rev,
      changes,
    } as never);
  if (section)
    await page.addInitScript(
      ([key, id]) => {
        if (!sessionStorage.getItem(key)) sessionStorage.setItem(key, id);
      },
      [`closing-session.section.${session.id}`, section] as const,
    );
  await app.open();
  await openFromHome(page, name);
  return { id: session.id };
}
