/**
 * Finalize and amend in the runner: a marked risk makes the safety plan required (finalize lists
 * it as missing), filling the plan lets the session lock with a verified hash, a locked session is
 * read-only, and an amendment needs a reason and is listed with its time and reason.
 * At 1024×640 the header keeps long names in any script on one line (ending in "…", the full name
 * kept as text and title), list entries grow with their text, the rail shows the safety plan as
 * required once risk is marked, and the header (save state, timer, Finalize) stays in view while
 * the section scrolls, without covering the focused field.
 * Screenshots: runner-1024, runner-risk-rail, finalize-missing, safety-plan, runner-sticky-header, amend.
 */
import { expect, test, type Page } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';
import { clientWithSession, expectSaved, openFromHome, sectionPanel } from './runner-helpers';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

const REQUIRED = [
  {
    op: 'answer',
    itemId: 'goals',
    answer: {
      goals: [
        {
          id: 'g1',
          goal: 'Feel calmer at work',
          start: 3,
          now: 7,
          clientWords: 'I can breathe through meetings',
        },
      ],
    },
  },
  {
    op: 'answer',
    itemId: 'coping-toolkit',
    answer: { entries: [{ id: 'e1', values: { text: 'Box breathing' } }] },
  },
  {
    op: 'answer',
    itemId: 'warning-signs',
    answer: {
      entries: [
        {
          id: 'w1',
          values: {
            sign: 'Not sleeping for three nights running, then skipping meals and cancelling plans with friends',
            action: 'Early night',
            contact: 'Partner',
          },
        },
      ],
    },
  },
  {
    op: 'answer',
    itemId: 'support-people',
    answer: {
      entries: [
        {
          id: 's1',
          values: {
            name: 'Νίκος, my brother',
            how: 'Listens without fixing, and drives me to the sea on bad weekends when the house feels too small',
            reach: '+30 210 555 0100',
          },
        },
      ],
    },
  },
  { op: 'answer', itemId: 'crisis-lines', answer: { covered: true } },
  {
    op: 'answer',
    itemId: 'return-policy',
    answer: { text: 'Email or call; the door stays open.' },
  },
  { op: 'reason', reason: { code: 'mutual-agreement' } },
  {
    op: 'risk-at-discharge',
    risk: {
      date: '2025-06-02',
      level: 'low',
      note: 'Passive thoughts last winter, none now; brother aware.',
    },
  },
];

/** Long names in several scripts, each too long for the header at 1024 px. */
const LONG_NAMES = [
  'Marisol Quintero-Aguilar de la Fuente Bustamante',
  'محمد عبد الرحمن بن خالد الأحمد القحطاني الشمري',
  'Ольга Петровна Римская-Корсакова-Достоевская',
  '王小明王小明王小明王小明王小明王小明王小明王小明王小明',
  'Zoë Ørsted-Kierkegaard Brønnum-Sønderskov Møller',
];

/** The runner header: one line, cut with an ellipsis, the full name as its text and title. */
async function expectOneLineName(page: Page, name: string): Promise<void> {
  const title = page.getByRole('heading', { level: 1, name });
  await expect(title).toHaveAttribute('title', name);
  const box = await title.evaluate((h) => ({
    lines: h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight),
    cut: h.scrollWidth > h.clientWidth,
    ellipsis: getComputedStyle(h).textOverflow,
  }));
  expect(box, name).toMatchObject({ cut: true, ellipsis: 'ellipsis' });
  expect(box.lines, name).toBeLessThan(1.5);
}

/** How many required things the rail says are left in a section (0 when it says none). */
async function requiredLeft(page: Page, section: RegExp): Promise<number> {
  const text = await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: section })
    .innerText();
  return Number(/(\d+) required left/.exec(text)?.[1] ?? 0);
}

/** Every entry field of a list item shows all its text (no inner scrolling); returns the tallest one's height. */
async function expectNoClippedEntries(page: Page, itemId: string): Promise<number> {
  const fields = page.locator(`[data-item="${itemId}"] textarea`);
  await expect(fields.first()).toBeVisible();
  const sizes = await fields.evaluateAll((all) =>
    all.map((f) => ({ scroll: f.scrollHeight, client: f.clientHeight })),
  );
  for (const s of sizes)
    expect(s.scroll, `clipped text in ${itemId}`).toBeLessThanOrEqual(s.client + 1);
  return Math.max(...sizes.map((s) => s.client));
}

test('risk marked: finalize lists the safety plan as missing until it is filled; then it locks, and amending needs a reason', async ({
  page,
  app,
}) => {
  test.setTimeout(scaledTimeout(240_000));
  await page.setViewportSize({ width: 1024, height: 640 });
  await openWithNewVault(page, app.open);
  const { session } = await clientWithSession(app, 'Ελπίδα Παπαδοπούλου');
  await app.handlers['sessions.update']({
    id: session.id,
    expectedRev: session.rev,
    changes: REQUIRED,
  } as never);
  for (const name of LONG_NAMES) await clientWithSession(app, name);
  await page.reload();

  // At 1024×640 long names stay on one line in the header, in every script.
  for (const name of LONG_NAMES) {
    await openFromHome(page, name);
    await expectOneLineName(page, name);
    if (name === LONG_NAMES[0]) await screenshot(page, 'runner-1024', { fullPage: false });
    await page.getByRole('button', { name: 'Clients' }).click();
  }
  await openFromHome(page, 'Ελπίδα Παπαδοπούλου');

  // Mark the risk concern in Continued growth.
  await page.getByRole('button', { name: /Continued growth/ }).press('Enter');
  const growth = sectionPanel(page, 'continued-growth');
  // List entries grow with their text: nothing clipped at 1024×640.
  expect(await expectNoClippedEntries(page, 'warning-signs')).toBeGreaterThan(60);
  expect(await expectNoClippedEntries(page, 'support-people')).toBeGreaterThan(60);
  const before = await requiredLeft(page, /Continued growth/);
  await growth.getByRole('checkbox', { name: /I have concerns about risk/ }).press('Space');
  await expect(
    growth.getByText(
      /A safety plan is needed before finalizing, because you marked a risk concern/,
    ),
  ).toBeVisible();
  await expectSaved(page);
  // The rail shows the requirement that came from the answer, like the template's own.
  await expect.poll(() => requiredLeft(page, /Continued growth/)).toBe(before + 1);
  await screenshot(page, 'runner-risk-rail', { fullPage: false });

  // Finalize is refused: the safety plan is listed with what is still to fill in.
  await page.getByRole('button', { name: 'Finalize…' }).press('Enter');
  const missing = page.getByRole('dialog', { name: 'A few things are still needed' });
  await expect(missing).toBeVisible();
  await expect(
    missing.getByRole('list', { name: 'Still needed' }).getByRole('listitem'),
  ).toHaveCount(1);
  await expect(missing).toContainText('A safety plan is needed because you marked a risk concern');
  await screenshot(page, 'finalize-missing');
  // The service refuses too, naming the item.
  const refused = await app.handlers['sessions.finalize']({
    id: session.id,
    expectedRev: (await app.handlers['sessions.get']({ id: session.id })).rev,
  }).catch((e: { code?: string; fields?: Record<string, string> }) => e);
  expect(refused).toMatchObject({
    code: 'invalid-input',
    fields: { 'safety-plan': expect.stringContaining('risk concern') },
  });

  // "Go there" takes the keyboard to the safety plan; fill every needed step.
  await missing.getByRole('button', { name: 'Go to “Safety plan”' }).press('Enter');
  await expect(missing).toBeHidden();
  // It lands on the plan's first empty step, never on the "include in handout" switch.
  await expect(
    growth.getByRole('button', {
      name: 'Add an entry to “Warning signs that a crisis may be building”',
    }),
  ).toBeFocused();
  const steps = [
    ['Warning signs that a crisis may be building', 'Lying awake past 3 am'],
    ['Things I can do on my own to cope', 'Cold water on my face, then a walk'],
    ['People and places that help take my mind off things', 'The bakery on the corner'],
    ['People I can ask for help', 'My brother Νίκος'],
    ['Professionals and crisis lines I can contact', 'My GP, and the crisis line'],
    ['Making my surroundings safer', 'Medicines kept at my brother’s'],
    ['What makes life worth living for me', 'My niece; the sea'],
  ];
  for (const [step, entry] of steps) {
    await growth.getByRole('button', { name: `Add an entry to “${step}”` }).press('Enter');
    await expect(growth.getByRole('textbox', { name: `${step} (1)` })).toBeFocused();
    await page.keyboard.type(entry!);
  }
  await expectSaved(page);
  await expect.poll(() => requiredLeft(page, /Continued growth/)).toBe(before);
  await growth
    .getByRole('heading', { name: 'Safety plan' })
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'safety-plan', { fullPage: false });

  // Low in the section, the header is still in view: name, timer, save state, Finalize.
  await growth.getByRole('textbox', { name: 'What makes life worth living for me (1)' }).focus();
  await page.keyboard.press('End');
  await page.keyboard.type('; the sea at dawn');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
  await expectSaved(page);
  const headBox = (await page.locator('[data-runner-head]').boundingBox())!;
  expect(headBox.y).toBeLessThanOrEqual(1);
  for (const part of [
    page.locator('[data-save-state]'),
    page.getByRole('button', { name: 'Finalize…' }),
    page.getByRole('heading', { level: 1 }),
    page.getByRole('button', { name: /Start timer|Pause/ }),
  ]) {
    await expect(part).toBeInViewport({ ratio: 1 });
  }
  await screenshot(page, 'runner-sticky-header', { fullPage: false });
  // A field reached by the keyboard is scrolled clear of the header, not left under it.
  const headBottom = headBox.y + headBox.height;
  const sign = growth.getByRole('textbox', {
    name: 'Warning signs that a crisis may be building (1)',
  });
  await sign.evaluate(
    (el, top) => window.scrollBy(0, el.getBoundingClientRect().top - top),
    headBottom - 20,
  );
  await sign.focus();
  expect((await sign.boundingBox())!.y).toBeGreaterThanOrEqual(headBottom);

  // Now it finalizes (with the timer running); the timer stops at finalizing.
  const timerButton = page.getByRole('group', { name: 'Session timer' }).getByRole('button');
  await page.getByRole('button', { name: 'Start timer' }).press('Enter');
  await expect(timerButton).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Finalize…' }).press('Enter');
  await page.getByRole('button', { name: 'Finalize and lock' }).press('Enter');
  // "Locked on <date> · content verified"; the hash itself waits behind "Fingerprint".
  await expect(
    page.getByRole('heading', { name: /^Locked on .+ · content verified$/ }),
  ).toBeVisible();
  const hash = page.getByText(/^SHA-256 [0-9a-f]{64}$/);
  await expect(hash).toBeHidden();
  await page.getByText('Fingerprint', { exact: true }).press('Enter');
  await expect(hash).toBeVisible();
  await expect(timerButton).toHaveAttribute('aria-pressed', 'false');
  await expect(timerButton).toBeDisabled();
  await expect(growth.getByRole('checkbox', { name: /I have concerns about risk/ })).toBeDisabled();
  await expect(growth.getByRole('button', { name: /Add an entry/ })).toHaveCount(0);
  expect(await app.handlers['sessions.verify']({ id: session.id })).toBe('verified');

  // Changing it without an amendment is a conflict at the service.
  const locked = await app.handlers['sessions.get']({ id: session.id });
  await expect(
    app.handlers['sessions.update']({
      id: session.id,
      expectedRev: locked.rev,
      changes: [{ op: 'risk', riskConcern: false }],
    } as never),
  ).rejects.toMatchObject({ code: 'conflict' });

  // Amend: a reason first, then the change, then save.
  await page.getByRole('button', { name: 'Amend…' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Amend a finalized session' });
  await expect(dialog.getByLabel('Reason for the amendment')).toBeFocused();
  await dialog.getByRole('button', { name: 'Start amending' }).press('Enter');
  await expect(dialog.getByText('Please give a reason.')).toBeVisible();
  await dialog
    .getByLabel('Reason for the amendment')
    .fill('Client phoned to add her sister as a support');
  await screenshot(page, 'amend');
  await dialog.getByRole('button', { name: 'Start amending' }).press('Enter');
  await expect(
    page.getByText('Amending because: Client phoned to add her sister as a support'),
  ).toBeVisible();
  await growth
    .getByRole('button', { name: 'Add an entry to “People I can ask for help”' })
    .press('Enter');
  await expect(
    growth.getByRole('textbox', { name: 'People I can ask for help (2)' }),
  ).toBeFocused();
  await page.keyboard.type('My sister Μαρία');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'amending');
  await page.getByRole('button', { name: 'Save amendment' }).press('Enter');
  await expect(page.getByText('Amendment saved.')).toBeVisible();
  const amendments = page
    .getByRole('heading', { name: 'Amendments' })
    .locator('xpath=following-sibling::ol');
  await expect(amendments).toContainText('Client phoned to add her sister as a support');
  await expect(amendments).toContainText('Changed “Safety plan” (Continued growth)');
  await expect(
    page.getByRole('heading', { name: /^Locked on .+ · content verified$/ }),
  ).toBeVisible();
  const amended = await app.handlers['sessions.get']({ id: session.id });
  expect(amended.finalization.amendments).toHaveLength(1);
  expect(amended.content.answers['safety-plan']?.safetyPlan?.askForHelp).toEqual([
    'My brother Νίκος',
    'My sister Μαρία',
  ]);
  expect(await app.handlers['sessions.verify']({ id: session.id })).toBe('verified');
  await screenshot(page, 'amend-saved');
});
