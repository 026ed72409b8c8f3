/**
 * Settings end to end: the profile, handout defaults, security and appearance tabs; a profile
 * edit reaching the exported handout's text; a referral from the directory reaching the
 * handout through the runner's directory picker (keyboard only), with the hint when the directory
 * entry changes later; the notice for a settings file that was set aside. Screenshots:
 * settings-profile, settings-handout, settings-security, runner-referral-picker,
 * runner-referral-outdated.
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
import { expectSaved, openFromHome, sectionPanel } from './runner-helpers';

async function call<T>(handlers: Handlers, method: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function openSettings(page: Page, tab?: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

/** Picks a theme by clicking its option (react-aria's radio label), as a pointer user would. */
async function chooseTheme(page: Page, name: RegExp) {
  await page
    .locator('label')
    .filter({ has: page.getByRole('radio', { name }) })
    .click();
  await expect(page.getByRole('radio', { name })).toBeChecked();
}

/** A finalized sample session for a new client, optionally with answers replaced; returns its id. */
async function finalizedSession(handlers: Handlers, extra: unknown[] = []): Promise<string> {
  const client = await call<{ id: string }>(handlers, 'clients.create', {
    displayName: 'Zoë Ørsted',
    pronouns: 'she/her',
  });
  const session = await call<{ id: string; rev: number }>(handlers, 'sessions.create', {
    clientId: client.id,
  });
  const updated = await call<{ rev: number }>(handlers, 'sessions.update', {
    id: session.id,
    expectedRev: session.rev,
    changes: [...sampleChanges(), ...extra],
  });
  await call(handlers, 'sessions.finalize', { id: session.id, expectedRev: updated.rev });
  return session.id;
}

/** Exports the handout of a session and returns its text as pdf.js reads it. */
async function handoutText(handlers: Handlers, sessionId: string): Promise<string> {
  const doc = await call<{ id: string }>(handlers, 'documents.export', {
    sessionId,
    kind: 'handout',
  });
  const { base64 } = await call<{ base64: string }>(handlers, 'documents.getPdf', {
    documentId: doc.id,
  });
  return (await readPdf(new Uint8Array(Buffer.from(base64, 'base64')))).text.replace(/\s+/g, ' ');
}

test.describe('settings', () => {
  test('profile: edit, errors next to the field, saved; the edit appears in the exported handout', async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    await openSettings(page);
    await expect(page.getByRole('tab', { name: 'Profile' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // With the keyboard on the tabs only the focused tab has a ring, not the whole tab area too.
    await page.getByRole('tab', { name: 'Profile' }).press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Handout' })).toBeFocused();
    const rings = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-focus-visible]'))
          .filter((el) => getComputedStyle(el).outlineStyle !== 'none')
          .map((el) => el.getAttribute('role') ?? el.tagName),
      );
    expect(await rings()).toEqual(['tab']);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Profile' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.getByRole('textbox', { name: /^Your name/ }).fill('Ελπίδα Παπαδοπούλου');
    await page.getByRole('textbox', { name: /^Credentials/ }).fill('MSc, Counselling Psychologist');
    await page.getByRole('textbox', { name: /^Practice name/ }).fill('Harbour Light Counselling');
    await page.getByRole('textbox', { name: /^Phone/ }).fill('+44 20 7946 0000');
    await page.getByRole('textbox', { name: /^Email/ }).fill('not-an-email');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Email must look like name@example.org.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Email/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await page.getByRole('textbox', { name: /^Email/ }).fill('elpida@example.org');
    await page.getByRole('textbox', { name: /^Signature line/ }).fill('Warmly, Ελπίδα');
    // How long records are kept: a whole number of years, refused next to the field otherwise.
    const years = page.getByRole('textbox', { name: /^Years records are kept/ });
    await expect(years).toHaveValue('0');
    await years.fill('seven');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(
      page.getByText('How long records are kept must be a number of years.'),
    ).toBeVisible();
    await expect(years).toHaveAttribute('aria-invalid', 'true');
    await years.fill('7');
    await page
      .getByRole('textbox', { name: /^Records contact/ })
      .fill('Records office, Zoë Ørsted, records@example.org');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await screenshot(page, 'settings-profile');

    const stored = await call<{ settings: { profile: Record<string, string | number> } }>(
      app.handlers,
      'settings.get',
      {},
    );
    expect(stored.settings.profile).toMatchObject({
      name: 'Ελπίδα Παπαδοπούλου',
      practiceName: 'Harbour Light Counselling',
      email: 'elpida@example.org',
      recordsYears: 7,
      recordsContact: 'Records office, Zoë Ørsted, records@example.org',
    });

    const text = await handoutText(app.handlers, await finalizedSession(app.handlers));
    expect(text).toContain('Ελπίδα Παπαδοπούλου');
    expect(text).toContain('Harbour Light Counselling');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Your records are kept securely for 7 years after our last session',
    );
    expect(text.replace(/\s+/g, ' ')).toContain(
      'To ask, contact Records office, Zoë Ørsted, records@example.org.',
    );
  });

  test('outreach plan: chosen on the Templates tab, refused when the fewest is above the most, said in a new unplanned ending', async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    await openSettings(page, 'Templates');
    const plan = page.getByRole('group', { name: 'Outreach before closing an unplanned ending' });
    const wording = plan.locator('[data-outreach-wording]');
    await expect(wording).toHaveText(
      'The guidance says: usually two or three attempts over two to four weeks.',
    );
    await plan.getByLabel('Most attempts').selectOption('4');
    await expect(plan.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await plan.getByLabel('Over at most (weeks)').selectOption('6');
    await expect(wording).toHaveText(
      'The guidance says: usually two to four attempts over two to six weeks.',
    );
    // Fewest above most is refused with the reason, and the choice is put back.
    await plan.getByLabel('Fewest attempts').selectOption('5');
    await expect(plan).toContainText('The fewest attempts cannot be more than the most attempts.');
    await expect(plan.getByLabel('Fewest attempts')).toHaveValue('2');
    await plan.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'settings-outreach', { fullPage: false });
    const stored = await call<{ settings: { outreachPlan: unknown } }>(
      app.handlers,
      'settings.get',
      {},
    );
    expect(stored.settings.outreachPlan).toEqual({
      minAttempts: 2,
      maxAttempts: 4,
      minWeeks: 2,
      maxWeeks: 6,
    });
    // A new unplanned ending's guidance says the plan.
    const client = await call<{ id: string }>(app.handlers, 'clients.create', {
      displayName: 'דנה לוי',
      pronouns: '',
      recordCode: '',
    });
    const session = await call<{ template: { sections: { guidance: string }[] } }>(
      app.handlers,
      'sessions.create',
      { clientId: client.id, kind: 'closure-letter' },
    );
    expect(session.template.sections.map((s) => s.guidance).join(' ')).toContain(
      'usually two to four attempts over two to six weeks',
    );
    // The runner's outreach log says the same.
    await page.reload();
    await openFromHome(page, 'דנה לוי', 'closure letter');
    await expect(page.locator('[data-outreach-intro]')).toContainText(
      'Usually two to four attempts over two to six weeks (Settings → Templates).',
    );
  });

  test('a referral created in the directory and attached to a session appears in the handout', async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    await openSettings(page, 'Referrals');
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Quiet Minds Sleep Clinic');
    await page.getByRole('textbox', { name: /^Kind of service/ }).fill('Sleep clinic');
    await page.getByRole('textbox', { name: /^Phone/ }).fill('+44 20 7946 0777');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Quiet Minds Sleep Clinic was added.' }),
    ).toBeVisible();
    const [contact] = await call<{ id: string; rev: number }[]>(app.handlers, 'referrals.list', {
      query: 'quiet minds',
    });

    // A draft session whose referral section is still empty; open it in the runner.
    const client = await call<{ id: string }>(app.handlers, 'clients.create', {
      displayName: 'Zoë Ørsted',
      pronouns: 'she/her',
    });
    const created = await call<{ id: string; rev: number }>(app.handlers, 'sessions.create', {
      clientId: client.id,
    });
    const changes = (sampleChanges() as { op: string; itemId?: string }[]).filter(
      (c) => c.itemId !== 'referrals',
    );
    await call(app.handlers, 'sessions.update', {
      id: created.id,
      expectedRev: created.rev,
      changes: [...changes, { op: 'answer', itemId: 'referrals', answer: { covered: true } }],
    });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Clients' })
      .press('Enter');
    await openFromHome(page, 'Zoë Ørsted');
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: /^Referrals/ })
      .press('Enter');
    const referrals = sectionPanel(page, 'referrals');
    await expect(referrals.getByText('No referrals yet.')).toBeVisible();

    // The runner's picker, keyboard only: typing (no capitals, a stray accent) narrows the list to the
    // match; ↓ highlights it while focus stays in the field; Enter adds it.
    const picker = referrals.getByRole('searchbox', { name: 'Find in your referral directory' });
    await picker.focus();
    await page.keyboard.type('quiet mínds');
    const option = page.getByRole('option', { name: 'Quiet Minds Sleep Clinic', exact: true });
    await expect(option).toBeVisible();
    await expect(option).toHaveAccessibleDescription('Sleep clinic · +44 20 7946 0777');
    await expect(referrals.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await expect(option).toHaveAttribute('data-focused', 'true');
    await expect(picker).toHaveAttribute(
      'aria-activedescendant',
      (await option.getAttribute('id'))!,
    );
    await screenshot(page, 'runner-referral-picker', { fullPage: false });
    await page.keyboard.press('Enter');
    await expect(picker).toBeFocused();
    await expect(picker).toHaveValue('');
    await expect(
      referrals.getByRole('listitem').filter({ hasText: 'Quiet Minds Sleep Clinic' }),
    ).toContainText('+44 20 7946 0777');
    await expectSaved(page);

    // Offered again, it shows as already added and cannot be added twice.
    await page.keyboard.type('sleep');
    await expect(option).toHaveAttribute('aria-disabled', 'true');
    await expect(option).toHaveAccessibleDescription('Already added to this session');
    await page.keyboard.press('Escape');
    await expect(picker).toHaveValue('');

    // The session keeps a snapshot linked to the directory entry.
    const stored = await call<{
      rev: number;
      content: { answers: Record<string, { referrals?: unknown[] }> };
    }>(app.handlers, 'sessions.get', { id: created.id });
    expect(stored.content.answers.referrals?.referrals).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{32}$/),
        referralId: contact!.id,
        name: 'Quiet Minds Sleep Clinic',
        kind: 'Sleep clinic',
        phone: '+44 20 7946 0777',
        web: '',
        address: '',
        note: '',
      },
    ]);

    // The directory entry changes later: the runner says the session's copy is older and can take the new details.
    await call(app.handlers, 'referrals.update', {
      id: contact!.id,
      expectedRev: contact!.rev,
      contact: {
        name: 'Quiet Minds Sleep Clinic',
        kind: 'Sleep clinic',
        phone: '+44 20 7946 0778',
      },
    });
    await page.reload();
    await openFromHome(page, 'Zoë Ørsted');
    const card = sectionPanel(page, 'referrals')
      .getByRole('listitem')
      .filter({ hasText: 'Quiet Minds Sleep Clinic' });
    await expect(card).toContainText('The directory entry has changed since this was added.');
    await expect(card).toContainText('+44 20 7946 0777');
    await screenshot(page, 'runner-referral-outdated');
    await card
      .getByRole('button', { name: 'Use the directory’s new details for Quiet Minds Sleep Clinic' })
      .press('Enter');
    await expect(card).toContainText('+44 20 7946 0778');
    await expect(card).not.toContainText('The directory entry has changed');
    await expectSaved(page);

    const current = await call<{ rev: number }>(app.handlers, 'sessions.get', { id: created.id });
    await call(app.handlers, 'sessions.finalize', { id: created.id, expectedRev: current.rev });
    const text = await handoutText(app.handlers, created.id);
    expect(text).toContain('Quiet Minds Sleep Clinic');
    expect(text).toContain('+44 20 7946 0778');
  });

  test('handout defaults and security tabs', async ({ page, app }) => {
    await openWithNewVault(page, app.open);
    await openSettings(page, 'Handout');
    await expect(page.getByLabel('Page size')).toHaveValue('A4');
    await page.getByLabel('Page size').selectOption('Letter');
    await page.getByLabel('Date format').selectOption('iso');
    await page.getByRole('checkbox', { name: /Show questionnaire scores/ }).uncheck();
    await page
      .getByRole('textbox', { name: /^Goodbye note starter/ })
      .fill('Thank you for trusting me with this work. ');
    await page.getByRole('button', { name: 'Save handout defaults' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await screenshot(page, 'settings-handout');
    const stored = await call<{ settings: { handout: Record<string, unknown> } }>(
      app.handlers,
      'settings.get',
      {},
    );
    expect(stored.settings.handout).toMatchObject({
      pageSize: 'Letter',
      dateFormat: 'iso',
      showScores: false,
      goodbyeStarter: 'Thank you for trusting me with this work. ',
    });

    await page.getByRole('tab', { name: 'Security' }).click();
    const minutes = page.getByRole('spinbutton', {
      name: 'Lock after this many minutes without use',
    });
    await minutes.fill('500');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Auto-lock can be at most 120 minutes.')).toBeVisible();
    await minutes.fill('5');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Locking' })).toBeVisible();
    await screenshot(page, 'settings-security');
    expect(
      (await call<{ settings: { autoLockMinutes: number } }>(app.handlers, 'settings.get', {}))
        .settings.autoLockMinutes,
    ).toBe(5);
  });

  test('theme: light, dark and system apply at once and survive a reload', async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    await openSettings(page, 'Appearance');
    const html = page.locator('html');
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
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
    await expect
      .poll(
        async () =>
          (await call<{ settings: { theme: string } }>(app.handlers, 'settings.get', {})).settings
            .theme,
      )
      .toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
    await expect(html).toHaveAttribute('data-theme', 'dark');
  });

  test('a settings file that could not be read: defaults, a calm notice with the kept copy, dismissed once', async ({
    page,
    app,
  }) => {
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

/** Every date-like text in any style ("4 Dec 2026", "Dec 4, 2026", "4. Dez. 2026", ISO, numeric). */
const ANY_DATE =
  /\b\d{1,2}\.? [A-Za-zé]{3,9}\.? \d{4}\b|\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g;

/** The dates written in a part of the page, each expected in one style; at least one must be there. */
async function expectDatesIn(
  locator: ReturnType<Page['locator']>,
  style: RegExp,
  where: string,
): Promise<void> {
  const texts = await locator.evaluateAll((all) =>
    all.map((el) => (el instanceof HTMLElement ? el.innerText : (el.textContent ?? ''))),
  );
  const dates = texts.join('\n').match(ANY_DATE) ?? [];
  expect(dates.length, `dates on ${where}`).toBeGreaterThan(0);
  for (const date of dates) expect(date, `a date on ${where}`).toMatch(style);
}

test.describe('dates on screen', () => {
  // The operating system says en-US while the browser's own locale is en-GB: the app's setting decides.
  test.use({ handlerDeps: { locale: 'en-US' } });

  test('one date style in the system locale on home, archive, runner, charts and the activity log; Settings can choose another', async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    await finalizedSession(app.handlers);
    await page.reload();
    const US = /^[A-Z][a-z]{2} \d{1,2}, \d{4}$/;
    const main = page.locator('main');

    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
    await expectDatesIn(main, US, 'home');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Archive' })
      .click();
    await expect(page.locator('[data-archive-result]').first()).toBeVisible();
    await expectDatesIn(main, US, 'the archive');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Clients' })
      .click();
    await openFromHome(page, 'Zoë Ørsted');
    const finalized = page.getByRole('heading', { name: /^(Finalized|Locked on) / });
    await expect(finalized).toBeVisible();
    // A date with a time: the same date style, then the locale's own clock (3:26 PM, not 03:26 PM or 15:26).
    await expect(finalized).toHaveText(/[A-Z][a-z]{2} \d{1,2}, \d{4}, ([1-9]|1[0-2]):\d{2}\s[AP]M/);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: /Review progress/ })
      .click();
    await expect(page.locator('svg text').first()).toBeAttached();
    await expectDatesIn(
      sectionPanel(page, 'review-progress').locator('table'),
      US,
      'the runner’s score table',
    );
    await expectDatesIn(
      sectionPanel(page, 'review-progress').locator('svg text'),
      US,
      'the charts’ axes',
    );

    await openSettings(page, 'Security');
    const activity = page.getByRole('region', { name: 'Activity' });
    await expect(activity.locator('td').first()).toBeVisible();
    await expectDatesIn(activity.locator('td'), US, 'the activity log');
    for (const time of (await activity.locator('td').allInnerTexts())
      .join('\n')
      .match(/\d{1,2}:\d{2}(\s?[AP]M)?/g) ?? [])
      expect(time).toMatch(/^([1-9]|1[0-2]):\d{2}\s[AP]M$/);

    // Settings → Appearance: another locale applies at once, everywhere, and is kept.
    await page.getByRole('tab', { name: 'Appearance' }).click();
    const dates = page.getByRole('combobox', { name: 'Dates on screen' });
    await expect(dates.locator('option').first()).toHaveText(
      /^Same as this computer — [A-Z][a-z]{2} \d{1,2}, \d{4}$/,
    );
    await dates.selectOption('de-DE');
    await expect(page.getByText('Saved.')).toBeVisible();
    await screenshot(page, 'settings-dates');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Clients' })
      .click();
    await expectDatesIn(main, /^\d{1,2}\. [A-Z][a-zä]{2}\.? \d{4}$/, 'home in German style');
    expect(
      (await call<{ settings: { displayLocale: string } }>(app.handlers, 'settings.get', {}))
        .settings.displayLocale,
    ).toBe('de-DE');
  });
});
