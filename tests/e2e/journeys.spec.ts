/**
 * The main journeys, keyboard only (issue 9): no mouse, and focus moves only with Tab,
 * Shift+Tab, Enter/Space and the app's shortcuts — no programmatic focus, clicks or fills.
 * 1. New client → closing session → finalize → export the handout → preview it.
 * 2. Lock with Ctrl+L → type the passphrase → Enter unlocks (twice; nothing of the client stays
 *    on screen while locked).
 * Screenshot: runner-finalized-export (the finalized runner with "Export…" focused).
 * The vault itself is created first (tests/e2e/runner-helpers.ts); filling every section with
 * the keyboard is covered in runner.spec.ts, so here the session's answers come from the
 * sample session through the handlers before the runner opens it.
 */
import type { Locator } from '@playwright/test';
import { sampleChanges } from '../core/handout-model/sample-session';
import { readPdf } from '../services/pdf/pdf-reader';
import { expect, type Page, test } from './support/fixtures';
import { createVaultByKeyboard } from './runner-helpers';
import { screenshot } from './support/screens';
import { PASSPHRASE } from './support/vault';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached with ${max} × ${back ? 'Shift+Tab' : 'Tab'}`).toBeFocused({
    timeout: 1,
  });
}

test('keyboard only: new client → closing session → finalize → export the handout → preview it', async ({
  page,
  app,
}) => {
  test.setTimeout(scaledTimeout(120_000));
  await createVaultByKeyboard(page, app);
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeFocused();

  // New client and session.
  await tabTo(page, page.getByRole('button', { name: 'Start a closing session' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: /^Display name/ }));
  await page.keyboard.type('Ελπίδα Παπαδοπούλου');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ελπίδα');
  await tabTo(page, page.getByRole('button', { name: 'Create client and start session' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Closing session started for Ελπίδα Παπαδοπούλου')).toBeVisible();

  // The session's answers (every section filled with the keyboard is runner.spec.ts's job).
  const sessionId = (await app.handlers['clients.list']({}))[0]!.documents[0]!.id;
  const created = await app.handlers['sessions.get']({ id: sessionId });
  await app.handlers['sessions.update']({
    id: sessionId,
    expectedRev: created.rev,
    changes: sampleChanges(),
  } as never);

  // Open it from the home list.
  await tabTo(
    page,
    page.getByRole('button', { name: 'Open closing session for Ελπίδα Παπαδοπούλου' }),
  );
  await page.keyboard.press('Enter');
  // Opening the runner puts focus on its heading (the client's name), not the page body.
  await expect(page.getByRole('heading', { level: 1, name: 'Ελπίδα Παπαδοπούλου' })).toBeFocused();

  // One last word with the keyboard: Ctrl+] to Goodbye, Tab to the closing note, type.
  const rail = page.getByRole('navigation', { name: 'Sections' });
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Control+]');
  await expect(rail.locator('[aria-current="step"]')).toContainText('Goodbye');
  const note = page.getByLabel('A closing note to the client', { exact: true });
  await tabTo(page, note);
  await page.keyboard.press('End');
  await page.keyboard.type(' Go gently, Ελπίδα. 🌿');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');

  // Finalize: Ctrl+Shift+F (shown in the rail's shortcut list), then Enter on the focused confirm.
  await expect(page.getByText(/Ctrl\+Shift\+F finalize · Ctrl\+Shift\+E export/)).toBeVisible();
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('dialog', { name: 'Finalize this session?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finalize and lock' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: /^Locked on .+ · content verified$/ }),
  ).toBeVisible();
  expect(await app.handlers['sessions.verify']({ id: sessionId })).toBe('verified');

  // After "Finalize and lock" focus goes to the next step, "Export…"; Ctrl+Shift+E opens the export
  // screen, whose heading takes focus.
  const exportButton = page.getByRole('button', { name: 'Export…' });
  await expect(exportButton).toBeFocused();
  await screenshot(page, 'runner-finalized-export', { fullPage: false });
  await page.keyboard.press('Control+Shift+E');
  const title = page.getByRole('heading', { level: 1, name: 'Make a PDF' });
  await expect(title).toBeFocused();

  // The full handout is already chosen; Tab to "Make and store the PDF" and press Enter.
  await expect(page.getByRole('radio', { name: /^Client handout/ })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Make and store the PDF' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Client handout stored in your vault.')).toBeVisible();
  // The form gave way to the result: focus is on the new heading, not the page body.
  await expect(page.getByRole('heading', { level: 1, name: 'Your PDF is ready' })).toBeFocused();
  const [doc] = await app.handlers['documents.list']({ sessionId });
  expect(doc).toMatchObject({ kind: 'handout', sessionStatus: 'finalized' });

  // The preview: Tab to the drawn page, PageDown turns it, Home goes back.
  const pageImage = page.getByRole('img', { name: /^Client handout, page 1 of \d+/ });
  await expect(pageImage).toHaveAttribute('data-drawn-page', '1');
  await tabTo(page, pageImage);
  await page.keyboard.press('PageDown');
  const turned = page.getByRole('img', { name: /^Client handout, page 2 of \d+/ });
  await expect(turned).toHaveAttribute('data-drawn-page', '2');
  await expect(turned).toBeFocused();
  await page.keyboard.press('Home');
  await expect(pageImage).toHaveAttribute('data-drawn-page', '1');

  // The stored handout holds the words typed in the runner.
  const { base64 } = await app.handlers['documents.getPdf']({ documentId: doc!.id });
  const text = (await readPdf(new Uint8Array(Buffer.from(base64, 'base64')))).text.replace(
    /\s+/g,
    ' ',
  );
  expect(text).toContain('Go gently, Ελπίδα.');
});

test('keyboard only: lock with Ctrl+L drops the client list; the passphrase and Enter bring it back', async ({
  page,
  app,
}) => {
  await createVaultByKeyboard(page, app);
  await app.handlers['clients.create']({ displayName: 'محمد الأحمد' } as never);

  /** Ctrl+L locks; the passphrase field has focus; typing it and Enter unlock to the client list. */
  async function lockAndUnlock() {
    await page.keyboard.press('Control+l');
    await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Passphrase', exact: true })).toBeFocused();
    expect(await page.locator('body').evaluate((b) => b.textContent ?? '')).not.toContain(
      'محمد الأحمد',
    );
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeFocused();
    await expect(page.getByText('محمد الأحمد').first()).toBeVisible();
  }
  await lockAndUnlock();
  await lockAndUnlock();
});
