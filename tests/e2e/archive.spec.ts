import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch } from '../../electron/services/dispatch';
import { seedArchive } from '../../electron/services/archive/seed-archive';
import { expect, test, type Page } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault, PASSPHRASE, unlockThroughUi } from './support/vault';
import { seededVault } from './support/seeded-vault';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

const SESSIONS = 300;
const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

/**
 * Seeds 300 invented documents into the app's data folder (without the stored archive index when
 * `storedIndex` is false, so unlock rebuilds it), then opens and unlocks.
 */
async function openSeeded(
  page: Page,
  app: { dataDir: string; open: () => Promise<void> },
  { storedIndex = true } = {},
): Promise<void> {
  await seedArchive({
    dataDir: app.dataDir,
    sessions: SESSIONS,
    seed: 'e2e',
    passphrase: PASSPHRASE,
    deps: { scrypt: FAST_SCRYPT },
  });
  if (!storedIndex) await rm(join(app.dataDir, 'local-cache', 'archive.rec'));
  await app.open();
  await unlockThroughUi(page);
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Archive' })
    .click();
  await expect(page.getByRole('heading', { name: 'Archive', level: 1 })).toBeVisible();
}

const search = (page: Page) => page.getByRole('searchbox', { name: 'Search the archive' });
/** The line with the number of documents listed or found. */
const count = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^(\d[\d,]*|No) documents?/ });
const results = (page: Page) => page.getByRole('list', { name: 'Documents' }).getByRole('button');

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(
  page: Page,
  target: ReturnType<Page['getByRole']>,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let i = 0; i < 25; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** Types a query and waits for the answer to it. */
async function find(page: Page, text: string): Promise<void> {
  await search(page).fill(text);
  await expect(count(page)).toHaveText(/documents? found/);
}

test.describe('archive lookup', () => {
  test('an empty archive explains itself and points to the clients', async ({ page, app }) => {
    await openWithNewVault(page, app.open);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Archive' })
      .click();
    await expect(page.getByRole('heading', { name: 'The archive is empty' })).toBeVisible();
    await screenshot(page, 'archive-empty');
    await page.getByRole('button', { name: 'Go to clients' }).click();
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  });

  test('finds clients without accents, with a typo, in other scripts, and by a referral organisation', async ({
    page,
    app,
  }) => {
    await openSeeded(page, app);
    await expect(count(page)).toHaveText(/^300 documents/);
    await expect(results(page)).toHaveCount(50);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect(results(page)).toHaveCount(100);

    await find(page, 'zoe orsted');
    await expect(results(page).first()).toContainText('Zoë Ørsted');
    await expect(results(page).first().locator('mark').first()).toHaveText('Zoë');
    await screenshot(page, 'archive-results');

    await find(page, 'Orstd');
    await expect(results(page).first()).toContainText('Zoë Ørsted');
    await find(page, 'jose');
    await expect(results(page).filter({ hasText: 'José García' })).not.toHaveCount(0);
    await find(page, '王');
    await expect(results(page).filter({ hasText: '王小明' })).not.toHaveCount(0);
    await find(page, 'דנה');
    await expect(results(page).filter({ hasText: 'דנה לוי' })).not.toHaveCount(0);

    await find(page, 'harbourlight');
    const hits = results(page);
    await expect(hits.first()).toContainText('Ana Kowalski');
    for (const hit of await hits.all()) await expect(hit).toContainText('Ana Kowalski');
    await expect(hits.first().locator('mark', { hasText: 'Harbourlight' })).toBeVisible();

    await find(page, 'qqqzzx wombat');
    await expect(
      page.getByRole('heading', { name: 'Nothing found for “qqqzzx wombat”' }),
    ).toBeVisible();
    await screenshot(page, 'archive-no-results');
    await page.getByRole('button', { name: 'Clear the search' }).click();
    await expect(search(page)).toHaveValue('');
    await expect(count(page)).toHaveText(/^300 documents/);
  });

  test('filters narrow the results', async ({ page, app }) => {
    await openSeeded(page, app);
    const shown = count(page);
    const number = async () => Number((await shown.innerText()).split(' ')[0]);
    await expect(shown).toHaveText(/^300 documents/);
    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('group', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: 'Closure letter' }).check();
    await expect(page.getByRole('button', { name: 'Filters (1 set)' })).toBeVisible();
    await expect(shown).not.toHaveText(/^300 documents/);
    const letters = await number();
    expect(letters).toBeGreaterThan(0);
    expect(letters).toBeLessThan(SESSIONS);
    for (const hit of (await results(page).all()).slice(0, 10))
      await expect(hit).toContainText('Closure letter');

    await filters.getByRole('checkbox', { name: 'Draft' }).check();
    await expect(shown).not.toHaveText(new RegExp(`^${letters} documents`));
    const drafts = await number();
    expect(drafts).toBeLessThan(letters);
    await filters.getByLabel('From').fill('2021-01-01');
    await filters.getByLabel('To').fill('2025-12-31');
    await filters
      .getByLabel('Reason for ending')
      .selectOption({ label: 'Client stopped attending' });
    await expect(page.getByRole('button', { name: 'Filters (5 set)' })).toBeVisible();
    await expect.poll(number).toBeLessThanOrEqual(drafts);
    for (const hit of (await results(page).all()).slice(0, 10))
      await expect(hit).toContainText('Draft');
    await screenshot(page, 'archive-filters', { fullPage: false });

    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect(shown).toHaveText(/^300 documents/);
  });

  test('keyboard only: / to search, arrows to a result, Enter to open, preview its PDF; Esc clears; re-export and save a copy', async ({
    page,
    app,
  }) => {
    await openSeeded(page, app);
    await page.keyboard.press('/');
    await expect(search(page)).toBeFocused();
    await page.keyboard.type('harbourlight');
    await expect(results(page).first()).toContainText('Ana Kowalski');
    await page.keyboard.press('ArrowDown');
    await expect(results(page).first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(search(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(search(page)).toHaveValue('');
    await page.keyboard.press('Control+k');
    await expect(search(page)).toBeFocused();
    await page.keyboard.type('harbourlight');
    await expect(results(page).first()).toContainText('Ana Kowalski');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: 'Ana Kowalski', level: 1 })).toBeFocused();
    await expect(page.getByText('Harbourlight Peer Support Collective').first()).toBeVisible();
    await screenshot(page, 'document-view');

    await tabTo(
      page,
      page.getByRole('button', { name: /Make the (client handout|closure letter)/ }).first(),
    );
    await page.keyboard.press('Enter');
    await expect(page.getByText('Stored a new PDF.')).toBeVisible({
      timeout: scaledTimeout(60_000),
    });
    await tabTo(page, page.getByRole('button', { name: 'Preview' }).first());
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: /Preview of the/ })).toBeVisible();
    const firstPage = page
      .getByRole('region', { name: /Preview of the/ })
      .getByRole('img', { name: /page 1 of \d+/ });
    await expect(firstPage).toHaveAttribute('data-drawn-page', '1', {
      timeout: scaledTimeout(30_000),
    });
    // The page was really drawn: the canvas is not blank.
    expect(
      await firstPage.evaluate((c: HTMLCanvasElement) => c.toDataURL().length),
    ).toBeGreaterThan(5_000);
    await screenshot(page, 'document-pdf-preview');

    // Re-export gives the same document; "Save a copy as…" writes it where the dialog says, under a name without client data.
    await page.getByRole('button', { name: 'Re-export' }).first().click();
    await expect(page.getByText('Re-exported: the same document as stored.')).toBeVisible({
      timeout: scaledTimeout(60_000),
    });
    const target = join(app.dataDir, 'copy-from-archive.pdf');
    app.choose(target);
    await page.getByRole('button', { name: 'Save a copy as…' }).first().click();
    await expect(page.getByText(/^Saved a copy as /)).toBeVisible();
    expect((await readFile(target)).subarray(0, 5).toString()).toBe('%PDF-');

    await tabTo(page, page.getByRole('button', { name: 'Back to the archive' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(search(page)).toHaveValue('harbourlight');
  });

  test('start a closure letter for a client with no closing session', async ({ page, app }) => {
    await openWithNewVault(page, app.open);
    const created = await dispatch(app.handlers, 'clients.create', {
      displayName: 'محمد الأحمد',
      language: 'ar',
    });
    expect(created.ok).toBe(true);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Archive' })
      .click();
    await page.getByRole('button', { name: 'Start a closure letter for محمد الأحمد' }).click();
    await expect(page.getByRole('heading', { name: 'محمد الأحمد', level: 1 })).toBeVisible();
    await expect(page.getByText('Closure letter', { exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Back to the archive' }).click();
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText('Closure letter');
    await expect(
      page.getByRole('button', { name: 'Start a closure letter for محمد الأحمد' }),
    ).toHaveCount(0);
  });
});

/** The background build waits here between chunks until the test lets it go on. */
let releaseBuild: () => void = () => undefined;
const buildHeld = new Promise<void>((resolve) => (releaseBuild = resolve));

test.describe('archive while indexing', () => {
  test.use({ handlerDeps: { archiveBuild: { chunkSize: 100, pause: () => buildHeld } } });

  test('the list is usable at once and shows "Indexing N of M" until the index is built', async ({
    page,
    app,
  }) => {
    await openSeeded(page, app, { storedIndex: false });
    await expect(page.getByRole('status').filter({ hasText: 'Indexing 100 of 300' })).toBeVisible();
    await expect(count(page)).toHaveText(/^100 documents/);
    await expect(results(page)).toHaveCount(50);
    await screenshot(page, 'archive-indexing', { fullPage: false });
    releaseBuild();
    await expect(count(page)).toHaveText(/^300 documents/);
    await expect(page.getByText(/Indexing \d+ of/)).toHaveCount(0);
  });
});

test.describe('a large archive', () => {
  test('10,000 sessions: searchable the moment it unlocks (stored index loaded, not rebuilt); a swapped pair of letters, close matches, snippets', async ({
    page,
    app,
  }) => {
    await seededVault(app.dataDir, {
      sessions: 10_000,
      seed: 'e2e-10k',
      passphrase: PASSPHRASE,
      scrypt: FAST_SCRYPT,
    });
    await app.open();
    await unlockThroughUi(page);
    // The client list shows the fifty most recent clients, and more on request (thousands of
    // cards at once froze the window for seconds at every unlock).
    const clientList = page.getByRole('list', { name: 'Clients' });
    await expect(clientList.locator(':scope > li')).toHaveCount(50);
    await expect(page.getByText(/^Showing the 50 most recent of [\d,]+ clients\.$/)).toBeVisible();
    await page.getByRole('button', { name: 'Show 50 more clients' }).press('Enter');
    await expect(clientList.locator(':scope > li')).toHaveCount(100);
    await expect(clientList.locator(':scope > li').nth(50)).toBeFocused();
    await expect(page.getByText(/^Showing the 100 most recent of [\d,]+ clients\.$/)).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Archive' })
      .click();
    // The first answer already covers the whole archive: the index was loaded, not rebuilt.
    await expect(count(page)).toHaveText(/^10,000 documents/);
    await expect(page.getByText(/Indexing \d+ of/)).toHaveCount(0);
    const progress = await dispatch(app.handlers, 'archive.progress', {});
    expect(progress).toMatchObject({ ok: true, value: { state: 'ready', indexed: 10_000 } });

    // One swapped pair of letters still finds the client.
    await find(page, 'Mensha');
    await expect(results(page).first()).toContainText('Mensah');

    // A name search shows no note text under the result (the client may be in the room).
    await find(page, 'Ana Kowalski');
    const ana = page.getByRole('listitem').filter({ hasText: 'Ana Kowalski' }).first();
    await expect(ana).toBeVisible();
    await expect(ana.locator('[data-result-snippet]')).toHaveCount(0);
    await expect(ana.locator('[data-clinician-only-snippet]')).toHaveCount(0);
    await expect(ana.locator('[data-result-reason]')).not.toHaveText('');
    await screenshot(page, 'archive-name-snippet', { fullPage: false });

    // Feedback notes match only behind a "Show" control.
    await find(page, 'homework helped');
    const show = page
      .getByRole('button', { name: /^Show the matching feedback and repair notes text/ })
      .first();
    await expect(show).toBeVisible();
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await show.click();
    await expect(page.getByRole('button', { name: 'Hide' }).first()).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.locator('[data-clinician-only-snippet] mark').first()).toBeVisible();

    // Nothing holds every word: the close matches are shown, and said to be close.
    await find(page, 'harbourlight qqqzzx');
    await expect(page.locator('[data-close-matches]')).toContainText(
      'No exact match; showing close ones.',
    );
    await expect(results(page).first()).toContainText('Ana Kowalski');
    await screenshot(page, 'archive-close-matches', { fullPage: false });
  });
});
