/**
 * The template editor end to end: built-ins are read-only and copied; the copy is renamed,
 * reordered with the keyboard (Alt+Up/Down) and the arrow buttons, given a new required talking
 * point, previewed and saved as version 2; a session started afterwards uses version 2 while a
 * session started before keeps its version-1 snapshot. Screenshot: template-editor.
 */
import type { Handlers } from '../../core/contract';
import type { Template } from '../../core/template';
import { expect, test, type Page } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';

async function openTemplates(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await page.getByRole('tab', { name: 'Templates' }).click();
  await expect(page.getByRole('list', { name: 'Templates' })).toBeVisible();
}

async function startSession(handlers: Handlers, templateId: string): Promise<string> {
  const client = await handlers['clients.create']({
    displayName: 'Анастасия',
    preferredName: '',
    pronouns: '',
    recordCode: '',
    language: 'ru',
    region: '',
    ageGroup: 'adult',
    notes: '',
  });
  const session = await handlers['sessions.create']({
    clientId: client.id,
    kind: 'closing-session',
    templateId,
  });
  return session.id;
}

const snapshotOf = async (handlers: Handlers, id: string): Promise<Template> =>
  (await handlers['sessions.get']({ id })).template;

test.describe('template editor', () => {
  test('copy, rename, reorder by keyboard, add a required point, save as version 2; sessions keep their snapshot', async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    await openTemplates(page);
    const planned = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Planned ending', exact: true }) });
    await expect(planned).toContainText('Built in');
    await expect(planned.getByRole('button', { name: 'Edit Planned ending' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Make a copy of Planned ending' }).click();

    const editor = page.getByRole('region', { name: 'Editing “Planned ending (copy)”' });
    await expect(editor).toBeVisible();
    await expect(editor.getByText('Version 1')).toBeVisible();
    const copyId = (await app.handlers['templates.library']({})).find((t) => !t.builtIn)!.id;
    const olderSession = await startSession(app.handlers, copyId);

    await editor.getByLabel('Template name').fill('Couples ending');
    // Keyboard: move "Opening" down one place from its title field.
    const opening = editor.getByRole('textbox', { name: 'Section 1' });
    await expect(opening).toHaveValue('Opening');
    await opening.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(editor.getByRole('textbox', { name: 'Section 1' })).toHaveValue('Review progress');
    await expect(editor.getByRole('textbox', { name: 'Section 2' })).toHaveValue('Opening');
    await expect(
      page.getByRole('status').filter({ hasText: 'Moved “Opening” to position 2 of 8.' }),
    ).toBeAttached();
    // And back up with the arrow button.
    await editor.getByRole('button', { name: 'Move “Opening” up' }).click();
    await expect(editor.getByRole('textbox', { name: 'Section 1' })).toHaveValue('Opening');

    const openingPoints = editor.getByRole('list', { name: 'Points in Opening' });
    const firstPoint = await openingPoints.getByRole('textbox').first().inputValue();
    await openingPoints.getByRole('textbox').first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(openingPoints.getByRole('textbox').nth(1)).toHaveValue(firstPoint);

    await editor
      .getByRole('textbox', { name: 'New talking point for Opening' })
      .fill('What will you keep doing together?');
    await editor.getByRole('button', { name: 'Add point' }).first().click();
    const added = openingPoints.getByRole('listitem').last();
    await expect(added.getByRole('textbox')).toHaveValue('What will you keep doing together?');
    await added.getByRole('checkbox', { name: 'Required' }).check();
    await expect(editor.getByText('Unsaved changes')).toBeVisible();
    await editor.getByRole('button', { name: 'Preview' }).click();
    await expect(editor.getByRole('region', { name: 'Preview: Couples ending' })).toContainText(
      'What will you keep doing together?',
    );
    await editor.getByRole('button', { name: 'Save as new version' }).click();
    const saved = page.getByRole('region', { name: 'Editing “Couples ending”' });
    await expect(saved.getByText('Saved as version 2.')).toBeVisible();
    await expect(saved.getByText('Version 2', { exact: true })).toBeVisible();
    // The editor is long: the screenshot shows the first screenful, with the sticky save bar.
    await saved.getByRole('heading', { name: 'Editing “Couples ending”' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'template-editor', { fullPage: false });

    const newerSession = await startSession(app.handlers, copyId);
    const older = await snapshotOf(app.handlers, olderSession);
    const newer = await snapshotOf(app.handlers, newerSession);
    expect(older).toMatchObject({ id: copyId, version: 1, name: 'Planned ending (copy)' });
    expect(newer).toMatchObject({ id: copyId, version: 2, name: 'Couples ending' });
    const labels = (t: Template) => t.sections[0]!.items.map((i) => i.label);
    expect(labels(older)).not.toContain('What will you keep doing together?');
    expect(
      newer.sections[0]!.items.find((i) => i.label === 'What will you keep doing together?'),
    ).toMatchObject({ required: true, kind: 'talking-point' });
    expect(labels(newer)[1]).toBe(firstPoint);

    await page.getByRole('button', { name: 'Back to templates' }).click();
    const mine = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Couples ending' }) });
    await expect(mine).toContainText('version 2');
    await page
      .getByLabel('Template for new closing sessions')
      .selectOption({ label: 'Couples ending' });
    await expect
      .poll(async () => (await app.handlers['settings.get']({})).settings.defaultTemplateId)
      .toBe(copyId);
  });
});
