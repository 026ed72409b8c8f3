import { test as base } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectNoHorizontalOverflow, expectVisibleFocus } from './support/focus';
import { expectNoAxeViolations, screenshot } from './support/screens';
import { openSecurity } from './support/navigation';
import { openWithNewVault } from './support/vault';
import { openFromHome } from './runner-helpers';

test.describe('accessibility gate', () => {
  test('visible focus on every tab stop of the main screens', async ({ page, app }) => {
    // Each screen moves focus to its heading when it appears; wait for that before walking the
    // tab stops, or the screen's own focus move lands in the middle of the walk.
    await app.open();
    await expect(page.getByRole('heading', { name: 'Protect your client records' })).toBeFocused();
    expect(await expectVisibleFocus(page, 6)).toBeGreaterThan(2);
    await openWithNewVault(page, async () => undefined);
    await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeFocused();
    expect(await expectVisibleFocus(page, 8)).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Start a closing session' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await expectVisibleFocus(page, 10)).toBeGreaterThan(5);
    await openSecurity(page);
    expect(await expectVisibleFocus(page, 12)).toBeGreaterThan(5);
  });
});

test.describe('at 200% zoom', () => {
  // 200% zoom of a 1200×800 window is a 600×400 CSS viewport at twice the pixel density.
  test.use({ viewport: { width: 600, height: 400 }, deviceScaleFactor: 2 });

  test('nothing is cut and nothing scrolls sideways', async ({ page, app }) => {
    await openWithNewVault(page, app.open);
    await page.getByRole('button', { name: 'Start a closing session' }).click();
    await page.getByRole('textbox', { name: /^Display name/ }).fill('Ελπίδα Παπαδοπούλου');
    await page.getByRole('button', { name: 'Create client and start session' }).click();
    await expect(page.getByRole('heading', { name: 'Ελπίδα Παπαδοπούλου' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'zoom-200');
    // In the runner the rail folds into a section picker, so the section starts on the first screen.
    await openFromHome(page, 'Ελπίδα Παπαδοπούλου');
    await expectNoHorizontalOverflow(page);
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    const picker = page.getByRole('combobox', { name: 'Section' });
    await expect(picker).toBeVisible();
    expect(
      (await page.getByRole('heading', { level: 2, name: 'Opening' }).boundingBox())!.y,
    ).toBeLessThan(400 - 40);
    await screenshot(page, 'runner-zoom-200', { fullPage: false });
    await picker.selectOption('celebrate');
    await expect(page.getByRole('heading', { level: 2, name: 'Celebrate' })).toBeFocused();
    expect(
      (await page.getByRole('heading', { level: 2, name: 'Celebrate' }).boundingBox())!.y,
    ).toBeLessThan(400 - 40);
    await openSecurity(page);
    await expectNoHorizontalOverflow(page);
  });
});

base.describe('the gates fail on deliberately bad pages', () => {
  base('axe reports an unlabelled field and low contrast', async ({ page }) => {
    await page.setContent(
      '<main><h1>Bad</h1><input type="text"><p style="color:#bbb;background:#fff">faint</p></main>',
    );
    await expect(expectNoAxeViolations(page, 'bad fixture')).rejects.toThrow(
      /label|color-contrast/,
    );
  });

  base(
    'the dark screens’ colour check reports low contrast that only the dark theme has',
    async ({ page }) => {
      const fixture =
        '<style>p{color:#222;background:#fff}@media (prefers-color-scheme: dark){p{color:#333;background:#111}}</style>' +
        '<main><h1>Dark</h1><p>only faint in the dark</p></main>';
      await page.setContent(fixture);
      await page.emulateMedia({ colorScheme: 'light' });
      await expectNoAxeViolations(page, 'light', { colourOnly: true });
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(expectNoAxeViolations(page, 'dark', { colourOnly: true })).rejects.toThrow(
        /color-contrast/,
      );
    },
  );

  base('the focus check reports a control whose focus ring was removed', async ({ page }) => {
    await page.setContent(
      '<main><button style="outline:none">One</button><button>Two</button></main>',
    );
    await expect(expectVisibleFocus(page, 2)).rejects.toThrow(/visible focus/);
  });

  base('the zoom check reports content wider than the window', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 400 });
    await page.setContent('<main><div style="width:900px">too wide</div></main>');
    await expect(expectNoHorizontalOverflow(page)).rejects.toThrow(/overflow/);
  });
});
