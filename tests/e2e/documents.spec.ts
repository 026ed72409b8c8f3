/**
 * PDF documents end to end: from the home screen's document row to the export screen, a handout
 * made and stored in the vault, previewed in the app from the stored bytes (pdf.js on a canvas,
 * page navigation), "Save a copy as…" through the (test) save dialog, and the closure letter
 * editor. Writes all three documents for the sample session to test-results/pdfs/ and, where
 * pdftoppm exists, their pages as PNG. Screenshots: export-dialog, pdf-preview, closure-letter-editor.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Handlers } from '../../core/contract';
import { dispatch } from '../../electron/services/dispatch';
import type { Dialogs } from '../../electron/services/dialogs';
import { COMPLETE_HANDOUT_LANGUAGES } from '../../core/handout-i18n/complete-languages';
import { SAMPLE_PROFILE, sampleChanges } from '../core/handout-model/sample-session';
import { readPdf } from '../services/pdf/pdf-reader';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screens';
import { openWithNewVault } from './support/vault';

const OUT = 'test-results/pdfs';
// Made in the worker that runs these tests (not at import: the runner imports every spec to list it).
let copyDir = '';
test.beforeAll(() => void (copyDir = mkdtempSync(join(tmpdir(), 'cs-e2e-copy-'))));
test.afterAll(() => rmSync(copyDir, { recursive: true, force: true }));
let nextSavePath: string | null = null;
const asked: string[] = [];
const dialogs: Dialogs = {
  chooseSavePath: async (options) => {
    asked.push(options.defaultName);
    return nextSavePath;
  },
  chooseOpenPath: async () => null,
  chooseFolder: async () => null,
};

test.use({ handlerDeps: { dialogs } });

async function call<T>(handlers: Handlers, method: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** The sample client and finalized session, made through the real handlers. */
async function sampleSession(handlers: Handlers): Promise<string> {
  await call(handlers, 'settings.update', { profile: SAMPLE_PROFILE, crisisRegion: 'GB' });
  const client = await call<{ id: string }>(handlers, 'clients.create', {
    displayName: 'Zoë Ørsted',
    pronouns: 'she/her',
    recordCode: 'RC-1001',
  });
  const session = await call<{ id: string; rev: number }>(handlers, 'sessions.create', {
    clientId: client.id,
  });
  const updated = await call<{ rev: number }>(handlers, 'sessions.update', {
    id: session.id,
    expectedRev: session.rev,
    changes: sampleChanges(),
  });
  await call(handlers, 'sessions.finalize', { id: session.id, expectedRev: updated.rev });
  return session.id;
}

function pngPages(file: string): void {
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', `${OUT}/${file}.pdf`, `${OUT}/${file}`]);
  } catch {
    // pdftoppm is optional here: the PNG pages are for people to look at.
  }
}

test.describe('PDF documents', () => {
  test('export, preview from the stored bytes, save a copy, closure letter; all three PDFs written', async ({
    page,
    app,
  }) => {
    const cspProblems: string[] = [];
    const requests: string[] = [];
    page.on(
      'console',
      (msg) =>
        /Content Security Policy|Refused to/i.test(msg.text()) && cspProblems.push(msg.text()),
    );
    page.on('request', (req) => requests.push(req.url()));

    await openWithNewVault(page, app.open);
    const sessionId = await sampleSession(app.handlers);
    // The vault stays open in the main process; reloading the renderer lists the new client.
    await page.reload();
    await page.getByRole('button', { name: 'Export a PDF for Zoë Ørsted' }).click();

    // The export screen: which document, one-page parts, page size.
    await expect(page.getByRole('heading', { name: 'Make a PDF' })).toBeFocused();
    await page.locator('label', { hasText: 'One-page handout' }).click();
    await expect(page.getByRole('group', { name: 'Parts to include' })).toBeVisible();
    // Before export: the session's defaults keep its safety plan, and what does not fit one page is named.
    await expect(page.getByRole('checkbox', { name: 'Safety plan' })).toBeChecked();
    await expect(page.getByTestId('one-page-fit')).toContainText(
      /fits on one page|Left out because they do not fit/,
    );
    await expect(page.getByRole('radio', { name: /^A4/ })).toBeChecked();
    await screenshot(page, 'export-dialog');

    // The full handout, stored, then previewed from the vault.
    await page.locator('label', { hasText: 'Client handout' }).click();
    await page.getByRole('button', { name: 'Make and store the PDF' }).click();
    await expect(page.getByRole('heading', { name: 'Your PDF is ready' })).toBeVisible();
    await expect(page.getByText('Client handout stored in your vault.')).toBeVisible();
    const canvas = page.getByRole('img', { name: /Client handout, page 1 of \d+/ });
    await expect(canvas).toHaveAttribute('data-drawn-page', '1');
    const drawn = await canvas.evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d')!;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return { width: c.width, dark };
    });
    expect(drawn.width).toBeGreaterThan(300);
    expect(drawn.dark, 'the page has text drawn on it').toBeGreaterThan(500);
    await screenshot(page, 'pdf-preview');

    // Page navigation: buttons and keys, announced.
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
    await expect(canvas.or(page.getByRole('img', { name: /page 2 of/ }))).toHaveAttribute(
      'data-drawn-page',
      '2',
    );
    await page.getByRole('img', { name: /Client handout, page 2 of/ }).press('Home');
    await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    // Zoom, by keyboard: the page starts at its paper size in CSS pixels; + and − step, Fit width fills the preview.
    const zoomStatus = page.getByRole('group', { name: 'Zoom' }).getByText(/^\d+%$/);
    const page1 = page.getByRole('img', { name: /Client handout, page 1 of/ });
    const cssWidth = () => page1.evaluate((c) => c.getBoundingClientRect().width);
    await expect(zoomStatus).toHaveText('100%');
    const actual = await cssWidth();
    expect(actual).toBeGreaterThan(780); // A4 is 595 pt = 793 CSS px at actual size
    await page.getByRole('button', { name: 'Zoom in' }).press('Enter');
    await expect(zoomStatus).toHaveText('125%');
    await expect
      .poll(async () => Math.abs((await cssWidth()) - actual * 1.25))
      .toBeLessThanOrEqual(1);
    await page1.press('-');
    await page1.press('-');
    await expect(zoomStatus).toHaveText('75%');
    await page.getByRole('button', { name: 'Zoom in' }).press('Enter');
    await expect(zoomStatus).toHaveText('100%');
    // At 200% app zoom (half the CSS pixels across), actual size stays the paper's size — twice as
    // large on screen — and scrolls inside the preview, never the window.
    await page.setViewportSize({ width: 600, height: 400 });
    await expect.poll(async () => Math.abs((await cssWidth()) - actual)).toBeLessThanOrEqual(1);
    expect(
      await page1.evaluate((c) => c.parentElement!.scrollWidth > c.parentElement!.clientWidth),
    ).toBe(true);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await page.getByRole('group', { name: 'Zoom' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'pdf-preview-zoom', { fullPage: false });
    await page.getByRole('button', { name: 'Fit width' }).press('Enter');
    await expect(page.getByRole('button', { name: 'Fit width' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const paperWidth = () =>
      page1.evaluate(
        (c) =>
          c.parentElement!.clientWidth -
          2 * parseFloat(getComputedStyle(c.parentElement!).paddingLeft),
      );
    await expect
      .poll(async () => Math.abs((await cssWidth()) - (await paperWidth())))
      .toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 1200, height: 800 });

    // Save a copy: the dialog suggests a name without client data; the copy lands only where chosen.
    nextSavePath = join(copyDir, 'Zoë handout.pdf');
    await page.getByRole('button', { name: 'Save a copy as…' }).click();
    await expect(page.getByText('Saved a copy as Zoë handout.pdf.')).toBeVisible();
    expect(asked[0]).toMatch(/^handout-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(readdirSync(copyDir)).toEqual(['Zoë handout.pdf']);

    // The closure letter editor.
    await page.getByRole('button', { name: 'Make another' }).click();
    await page.locator('label', { hasText: 'Closure letter' }).click();
    await page.getByRole('button', { name: 'Write the letter' }).click();
    await expect(page.getByRole('heading', { name: 'Closure letter' })).toBeVisible();
    const wording = page.getByRole('textbox', { name: 'Wording' });
    await expect(wording).toHaveValue(/Dear \{clientName\},/);
    await expect(page.getByText('{practicePhone}', { exact: true })).toBeVisible();
    // {practicePhone} alone, and inside {practiceContact} ("… or <e-mail>").
    await expect(page.locator('dd', { hasText: /^\+44 117 496 0000$/ })).toBeVisible();
    await expect(
      page.locator('dd', { hasText: '+44 117 496 0000 or hello@quietharbor.example' }),
    ).toBeVisible();
    await screenshot(page, 'closure-letter-editor');
    await wording.fill(`${await wording.inputValue()}\n\nP.S. {oops}`);
    await expect(page.getByText('Not recognised, so printed as typed: {oops}')).toBeVisible();
    await page.getByRole('button', { name: 'Make and store the letter' }).click();
    await expect(page.getByText('Closure letter stored in your vault.')).toBeVisible();
    await expect(page.getByRole('img', { name: /Closure letter, page 1 of/ })).toHaveAttribute(
      'data-drawn-page',
      '1',
    );

    // All three documents for the sample session, written out to look at.
    await call(app.handlers, 'documents.export', {
      sessionId,
      kind: 'discharge-summary',
      options: {
        course: { firstSession: '2024-09-02', lastSession: '2025-03-14', attended: 14, missed: 2 },
      },
    });
    const docs = await call<{ id: string; kind: string }[]>(app.handlers, 'documents.list', {
      sessionId,
    });
    mkdirSync(OUT, { recursive: true });
    for (const kind of ['handout', 'discharge-summary', 'closure-letter']) {
      const doc = docs.find((d) => d.kind === kind)!;
      const { base64 } = await call<{ base64: string }>(app.handlers, 'documents.getPdf', {
        documentId: doc.id,
      });
      writeFileSync(`${OUT}/sample-${kind}.pdf`, Buffer.from(base64, 'base64'));
      pngPages(`sample-${kind}`);
    }

    // No plaintext PDF anywhere in the data folder, no file:// URL, nothing refused by the CSP.
    for (const file of readdirSync(app.dataDir, { recursive: true }) as string[]) {
      const path = join(app.dataDir, file);
      try {
        expect(readFileSync(path).includes('%PDF-'), path).toBe(false);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
      }
    }
    expect(requests.filter((u) => !u.startsWith('http://127.0.0.1'))).toEqual([]);
    // pdf.js needs no weaker policy: no script, worker, font or connect source was refused. (Inline
    // style refusals come from the app shell before any PDF is opened and are not the preview's.)
    expect(cspProblems.filter((m) => !/style-src/.test(m))).toEqual([]);
  });

  test("an Arabic client's handout in the in-app preview, mirrored right to left (pdf-preview-ar)", async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    await call(app.handlers, 'settings.update', { profile: SAMPLE_PROFILE, crisisRegion: 'GB' });
    const client = await call<{ id: string }>(app.handlers, 'clients.create', {
      displayName: 'محمد الأحمد',
      language: 'ar',
    });
    const session = await call<{ id: string; rev: number }>(app.handlers, 'sessions.create', {
      clientId: client.id,
    });
    const updated = await call<{ rev: number }>(app.handlers, 'sessions.update', {
      id: session.id,
      expectedRev: session.rev,
      changes: sampleChanges(),
    });
    await call(app.handlers, 'sessions.finalize', { id: session.id, expectedRev: updated.rev });
    await page.reload();
    await page.getByRole('button', { name: 'Export a PDF for محمد الأحمد' }).click();
    await page.locator('label', { hasText: 'Client handout' }).click();
    // The handout language and the review notice, until the clinician marks the wording as checked.
    const notice = page.getByTestId('handout-language');
    await expect(notice).toContainText('The handout and letters are made in Arabic (العربية).');
    await expect(notice).toContainText(
      'This wording has not been checked by a native-speaking clinician.',
    );
    await notice
      .getByRole('button', { name: 'Mark the Arabic (العربية) wording as checked' })
      .click();
    await expect(notice).toContainText('A native-speaking clinician has checked this wording.');
    expect(
      (
        await call<{ settings: { handout: { wordingChecked: string[] } } }>(
          app.handlers,
          'settings.get',
          {},
        )
      ).settings.handout.wordingChecked,
    ).toEqual(['ar']);
    await page.getByRole('button', { name: 'Make and store the PDF' }).click();
    await expect(page.getByRole('img', { name: /Client handout, page 1 of \d+/ })).toHaveAttribute(
      'data-drawn-page',
      '1',
    );
    await screenshot(page, 'pdf-preview-ar');

    // Settings → Handout: rewrite one Arabic sentence; wording without its {name} is refused, the kept one is used by the next export.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await page.getByRole('tab', { name: 'Handout' }).click();
    const wording = page.getByTestId('wording-overrides');
    await wording.getByLabel('Language', { exact: true }).selectOption('ar');
    await wording.getByLabel('Sentence (shown in English)').selectOption('handout.for');
    const box = wording.getByLabel('Wording in this language');
    await expect(box).toHaveValue('إلى {name}');
    await box.fill('إلى العزيز');
    await expect(wording.getByRole('alert')).toContainText('it must keep {name}');
    await expect(wording.getByRole('button', { name: 'Save this wording' })).toBeDisabled();
    await box.fill('رسالة إلى {name}');
    await wording.getByRole('button', { name: 'Save this wording' }).click();
    await expect(wording.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await screenshot(page, 'handout-wording-settings');
    const stored = await call<{
      settings: { handout: { wordingOverrides: Record<string, Record<string, string>> } };
    }>(app.handlers, 'settings.get', {});
    expect(stored.settings.handout.wordingOverrides).toEqual({
      ar: { 'handout.for': 'رسالة إلى {name}' },
    });
  });

  test('the export screen picks the handout language, saves it for the client and makes the handout in it (export-language)', async ({
    page,
    app,
  }) => {
    await openWithNewVault(page, app.open);
    const sessionId = await sampleSession(app.handlers);
    const { clientId } = await call<{ clientId: string }>(app.handlers, 'sessions.get', {
      id: sessionId,
    });
    await page.reload();
    await page.getByRole('button', { name: 'Export a PDF for Zoë Ørsted' }).click();
    await page.locator('label', { hasText: 'Client handout' }).click();
    const picker = page.getByLabel('Handout language');
    await expect(picker).toHaveValue('en');
    await expect(picker).toHaveAccessibleDescription(/discharge summary stays in English/);
    // Only languages whose catalogue is complete are offered.
    expect(
      await picker.locator('option').evaluateAll((o) => o.map((x) => x.getAttribute('value'))),
    ).toEqual(expect.arrayContaining([...COMPLETE_HANDOUT_LANGUAGES]));
    await expect(picker.locator('option')).toHaveCount(COMPLETE_HANDOUT_LANGUAGES.length);
    const notice = page.getByTestId('handout-language');
    await expect(notice).toContainText('The handout and letters are made in English.');
    await expect(notice).not.toContainText('native-speaking');

    // By keyboard: the picker takes focus and the choice is Spanish.
    await picker.focus();
    await expect(picker).toBeFocused();
    await picker.selectOption('es');
    await expect(notice).toContainText('The handout and letters are made in Spanish (Español).');
    await expect(notice).toContainText(
      'This wording has not been checked by a native-speaking clinician.',
    );
    await expect(
      notice.getByRole('button', { name: 'Mark the Spanish (Español) wording as checked' }),
    ).toBeVisible();
    // Saved as the client's handout language.
    await expect
      .poll(
        async () =>
          (await call<{ language: string }>(app.handlers, 'clients.get', { id: clientId }))
            .language,
      )
      .toBe('es');
    // The picker keeps focus through the change (nothing is remounted under the keyboard).
    await expect(picker).toBeFocused();
    await screenshot(page, 'export-language');

    await page.getByRole('button', { name: 'Make and store the PDF' }).click();
    await expect(page.getByRole('img', { name: /Client handout, page 1 of \d+/ })).toHaveAttribute(
      'data-drawn-page',
      '1',
    );
    const docs = await call<{ id: string; kind: string }[]>(app.handlers, 'documents.list', {
      sessionId,
    });
    const handout = docs.find((d) => d.kind === 'handout')!;
    const { base64 } = await call<{ base64: string }>(app.handlers, 'documents.getPdf', {
      documentId: handout.id,
    });
    const pdf = await readPdf(new Uint8Array(Buffer.from(base64, 'base64')));
    expect(pdf.text).toContain('Mirar atrás, seguir adelante');
    expect(pdf.text).not.toContain('Looking back, moving forward');

    // A later export starts from the client's saved language.
    await page.getByRole('button', { name: 'Make another' }).click();
    await page.locator('label', { hasText: 'Client handout' }).click();
    await expect(page.getByLabel('Handout language')).toHaveValue('es');
  });
});
