/**
 * The referral directory and crisis lines end to end: add, search (accent-free), edit, remove;
 * a 10-row CSV with 2 bad rows imported through the (test) open dialog; the crisis lines for a
 * region with a clinician's own line and the "check this" hint. Screenshots: referrals,
 * referral-import-report, crisis-lines.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialogs } from '../../electron/services/dialogs';
import { TEN_ROW_CSV } from '../services/practice/csv-fixtures';
import { expect, test, type Page } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';

// Made in the worker that runs these tests (not at import: the runner imports every spec to list it).
let csvDir = '';
let csvPath = '';
test.beforeAll(() => {
  csvDir = mkdtempSync(join(tmpdir(), 'cs-e2e-csv-'));
  csvPath = join(csvDir, 'directory.csv');
  writeFileSync(csvPath, `\uFEFF${TEN_ROW_CSV}\r\n`);
});
test.afterAll(() => rmSync(csvDir, { recursive: true, force: true }));
const dialogs: Dialogs = {
  chooseSavePath: async () => null,
  chooseOpenPath: async () => csvPath,
  chooseFolder: async () => null,
};
test.use({ handlerDeps: { dialogs } });

async function openTab(page: Page, tab: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
}

async function addContact(
  page: Page,
  fields: { name: string; kind?: string; phone?: string; web?: string; tags?: string },
) {
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByRole('textbox', { name: /^Name/ }).fill(fields.name);
  if (fields.kind) await page.getByRole('textbox', { name: /^Kind of service/ }).fill(fields.kind);
  if (fields.phone) await page.getByRole('textbox', { name: /^Phone/ }).fill(fields.phone);
  if (fields.web) await page.getByRole('textbox', { name: /^Website/ }).fill(fields.web);
  if (fields.tags) await page.getByRole('textbox', { name: /^Tags/ }).fill(fields.tags);
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${fields.name} was added.` }),
  ).toBeVisible();
}

test.describe('referral directory', () => {
  test('empty, add, search without accents, edit, remove', async ({ page, app }) => {
    await openWithNewVault(page, app.open);
    await openTab(page, 'Referrals');
    await expect(page.getByRole('heading', { name: 'Your directory is empty' })).toBeVisible();
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect(page.getByText('Name is required.')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await addContact(page, {
      name: 'Zoë Ørsted Counselling',
      kind: 'Couples therapy',
      phone: '+45 20 12 34 56',
      web: 'zoe.example.dk',
      tags: 'couples, danish',
    });
    await addContact(page, {
      name: 'דנה לוי',
      kind: 'Trauma (EMDR)',
      phone: '+972 3 000 0000',
      tags: 'hebrew',
    });
    await addContact(page, { name: '王小明', kind: 'Career counselling', tags: 'mandarin' });
    const list = page.getByRole('list', { name: '3 contacts' });
    await expect(list.getByRole('article')).toHaveCount(3);
    await expect(list.getByText('https://zoe.example.dk')).toBeVisible();
    await screenshot(page, 'referrals');

    await page.getByRole('searchbox', { name: 'Search the directory' }).fill('zoe orsted');
    await expect(page.getByRole('list', { name: '1 contact' })).toContainText(
      'Zoë Ørsted Counselling',
    );
    await page.getByRole('searchbox', { name: 'Search the directory' }).fill('nobody here');
    await expect(
      page.getByRole('heading', { name: 'No contact matches that search.' }),
    ).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search the directory' }).fill('');

    await page.getByRole('button', { name: 'Edit Zoë Ørsted Counselling' }).click();
    await page
      .getByRole('textbox', { name: /^Kind of service/ })
      .fill('Couples and family therapy');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Zoë Ørsted Counselling was updated.' }),
    ).toBeVisible();
    await expect(page.getByText('Couples and family therapy')).toBeVisible();

    await page.getByRole('button', { name: 'Remove 王小明' }).click();
    await expect(page.getByRole('button', { name: 'Keep' })).toBeFocused();
    await page
      .getByRole('group', { name: 'Remove 王小明?' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await expect(page.getByRole('list', { name: '2 contacts' })).toBeVisible();
    expect((await app.handlers['referrals.list']({ query: '' })).map((c) => c.name).sort()).toEqual(
      ['Zoë Ørsted Counselling', 'דנה לוי'].sort(),
    );
  });

  test('importing a 10-row CSV with 2 bad rows adds 8 and reports the lines and reasons', async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    await openTab(page, 'Referrals');
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const report = page.getByRole('region', { name: 'Import report' });
    await expect(report).toContainText('8 contacts were added from directory.csv.');
    await expect(report).toContainText('2 rows were not imported:');
    await expect(report.getByRole('listitem')).toHaveText([
      /^Line 5: Name is required\./,
      /^Line 9: Phone must contain a number\./,
    ]);
    await expect(report).toContainText('Columns not used: Favourite colour.');
    await expect(page.getByRole('list', { name: '8 contacts' })).toBeVisible();
    await screenshot(page, 'referral-import-report');
    expect(await app.handlers['referrals.list']({ query: '' })).toHaveLength(8);
    await report.getByRole('button', { name: 'Close report' }).click();
    await expect(report).toHaveCount(0);
  });
});

test.describe('crisis lines', () => {
  test('the practice region lists its lines; an old line says "check this"; own lines and corrections', async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    await openTab(page, 'Crisis lines');
    const region = page.getByLabel('Your practice’s country');
    await expect(region).toHaveValue('GB');
    const lines = page.getByRole('list', { name: 'Crisis lines' });
    await expect(lines.getByRole('heading', { name: 'Samaritans' })).toBeVisible();
    // Every shipped GB line was re-checked on 2026-12-04; the clinician's own older line still says "check this".
    const shout = lines.getByRole('article', { name: 'Shout' });
    await expect(shout).not.toContainText('Check this.');
    await expect(lines.getByRole('article', { name: 'Samaritans' })).not.toContainText(
      'Check this.',
    );

    await page.getByRole('button', { name: 'Add a local line' }).click();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Harbour Warmline');
    await page.getByRole('textbox', { name: /^Number or address/ }).fill('01632 960 111');
    await page.getByRole('textbox', { name: /^Hours/ }).fill('Evenings 6–11 pm');
    await page.getByRole('textbox', { name: /^Languages/ }).fill('en, cy');
    await page.getByLabel('Last checked').fill('2025-09-01');
    await page.getByRole('button', { name: 'Save line' }).click();
    const own = lines.getByRole('article', { name: 'Harbour Warmline' });
    await expect(own).toContainText('Added by you');
    await expect(own).toContainText('Check this.');
    await screenshot(page, 'crisis-lines');

    await page.getByRole('button', { name: 'Correct Shout' }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Correct Shout' })).toBeFocused();
    await screenshot(page, 'crisis-line-form');
    await page.getByRole('textbox', { name: /^Hours/ }).fill('24 hours, every day');
    await page.getByRole('button', { name: 'Save line' }).click();
    const corrected = lines.getByRole('article', { name: 'Shout' });
    await expect(corrected).toContainText('Your correction');
    await expect(corrected).not.toContainText('Check this.');
    await corrected.getByRole('button', { name: 'Remove Shout' }).click();
    await expect(lines.getByRole('article', { name: 'Shout' })).toContainText('Built in');

    await region.selectOption('NZ');
    await expect(lines.getByRole('heading', { name: 'Need to talk? 1737' })).toBeVisible();
    expect((await app.handlers['settings.get']({})).settings.crisisRegion).toBe('NZ');
  });
});
