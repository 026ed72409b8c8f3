// Two computers on one vault, end to end in the window: keeping the vault in a chosen folder
// (Settings → Security), changes from the other computer appearing by themselves (client list,
// the open session, the status line) and the merge screen for a session changed on both.
// "The other computer" is a second set of real handlers over the same folder.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Method } from '../../core/contract';
import type { AppEvents } from '../../core/events';
import type { SessionRecord } from '../../core/sessions/session';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { createRecordCipher } from '../../electron/services/vault/record-cipher';
import { readHeader, unwrapWithPassphrase } from '../../electron/services/vault/vault-header';
import { SAMPLE_PROFILE, sampleChanges } from '../core/handout-model/sample-session';
import { E2E_SCRYPT, expect, test, type TempFolder } from './support/fixtures';
import { openSecurity } from './support/navigation';
import { screenshot } from './support/screens';
import { openWithNewVault, PASSPHRASE, unlockThroughUi } from './support/vault';

/** Where the page's computer forwards its "changed elsewhere" events (set per test). */
let forward: (event: AppEvents['vault.changedElsewhere']) => void = () => undefined;
let watching: () => void = () => undefined;
test.use({
  handlerDeps: {
    onVaultChanged: (event) => forward(event),
    onWatching: () => watching(),
  },
});

const VAULT = 'Closing Session vault';

/** A second computer: real handlers over their own data folder, the vault in `shared`. */
async function otherComputer(shared: string, tempFolder: TempFolder) {
  const dataDir = await tempFolder('closing-session-other-');
  const handlers = createHandlers({
    dataDir,
    scrypt: E2E_SCRYPT,
    dialogs: {
      chooseFolder: async () => shared,
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
    },
  });
  async function call(method: Method, input: unknown = {}) {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as { id: string; rev: number };
  }
  await call('vault.chooseFolder');
  await call('vault.useChosenFolder');
  return { call };
}

test('the vault moves to a chosen folder and opens there with the passphrase', async ({
  page,
  app,
  tempFolder,
}) => {
  await openWithNewVault(page, app.open);
  await app.handlers['clients.create']({ displayName: 'דנה לוי' } as never);
  const target = await tempFolder('closing-session-synced-');
  await openSecurity(page);
  const section = page.getByRole('region', { name: 'Where the vault is kept' });
  await expect(section.getByText('On this computer, in the app’s own folder:')).toBeVisible();
  app.choose(target);
  await section.getByRole('button', { name: 'Keep the vault in a folder…' }).click();
  await expect(section.getByText(/Move the vault to this folder\?/)).toBeVisible();
  await expect(section.getByText(join(target, VAULT))).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'vault-folder');
  await section.getByRole('button', { name: 'Move the vault' }).click();
  await expect(
    page.getByText('The vault is in its new folder. Unlock it to continue.'),
  ).toBeVisible();
  await unlockThroughUi(page);
  // Settings → Security now says where the vault is kept.
  await openSecurity(page);
  await expect(section.getByText(/^On this computer, in:/)).toBeVisible();
  await expect(section.getByText(join(target, VAULT))).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Clients' })
    .click();
  await expect(page.getByRole('heading', { name: 'דנה לוי' })).toBeVisible();
});

test('changes from the other computer appear by themselves; a session changed on both is merged section by section', async ({
  page,
  app,
  tempFolder,
}) => {
  forward = (event) => void app.emit('vault.changedElsewhere', event);
  const shared = join(await tempFolder('closing-session-shared-'), 'Dropbox');
  await mkdir(shared);
  const other = await otherComputer(shared, tempFolder);
  await other.call('vault.create', { passphrase: PASSPHRASE });
  await other.call('settings.update', { profile: SAMPLE_PROFILE, crisisRegion: 'GB' });
  const zoe = await other.call('clients.create', { displayName: 'Zoë Ørsted' });
  const draft = await other.call('sessions.create', { clientId: zoe.id });
  const filled = await other.call('sessions.update', {
    id: draft.id,
    expectedRev: draft.rev,
    changes: sampleChanges(),
  });

  // This computer opens the vault the other one keeps in the shared folder.
  app.choose(shared);
  await dispatch(app.handlers, 'vault.chooseFolder', {});
  await dispatch(app.handlers, 'vault.useChosenFolder', {});
  const watched = new Promise<void>((resolve) => (watching = resolve));
  await app.open();
  await unlockThroughUi(page);
  await watched;
  await expect(page.getByRole('heading', { name: 'Zoë Ørsted' })).toBeVisible();

  // A client added there shows here without reloading; the status line says when.
  await other.call('clients.create', { displayName: 'محمد الأحمد' });
  await expect(page.getByRole('heading', { name: 'محمد الأحمد' })).toBeVisible();
  const status = page.getByRole('status', { name: 'Other computer' });
  await expect(status.getByText(/Last change from your other computer/)).toBeVisible();
  await screenshot(page, 'sync-status');

  // The open session changes there: offered here, shown after saving what was typed here.
  await page.getByRole('button', { name: 'Open closing session for Zoë Ørsted' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoë Ørsted' })).toBeVisible();
  await other.call('sessions.update', {
    id: draft.id,
    expectedRev: filled.rev,
    changes: [
      {
        op: 'answer',
        itemId: 'what-helped',
        answer: { text: 'Writing three lines each evening, and the choir on Thursdays' },
      },
      {
        op: 'answer',
        itemId: 'opening-notes',
        answer: { text: 'Written there: proud of the return to work.' },
      },
    ],
  });
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'This session was just changed on your other computer' });
  await expect(notice).toBeVisible();
  await screenshot(page, 'changed-elsewhere');
  // Typed here into the same answer before looking: the save meets their newer revision and
  // keeps both versions, here on screen and in the vault.
  const notes = page.getByRole('textbox', { name: 'Notes on how the client feels about ending' });
  await notes.fill('Written here: a little sad, mostly proud.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect
    .poll(async () => {
      const stored = (await dispatch(app.handlers, 'sessions.get', { id: draft.id })) as {
        ok: boolean;
        value: SessionRecord;
      };
      return stored.ok ? stored.value.content.answers['opening-notes']?.text : undefined;
    })
    .toBe(
      'Written here: a little sad, mostly proud.\n\nWritten there: proud of the return to work.',
    );
  await expect(notes).toHaveValue(
    'Written here: a little sad, mostly proud.\n\nWritten there: proud of the return to work.',
  );
  await notice.getByRole('button', { name: 'Show their changes' }).click();
  await expect(notice).toBeHidden();

  // Both computers changed the session while apart: the engine left a conflict copy.
  const vaultDir = join(shared, VAULT);
  const codec = createRecordCipher(
    await unwrapWithPassphrase((await readHeader(vaultDir))!, PASSPHRASE),
  );
  const sessionsDir = join(vaultDir, 'records', 'session');
  const current = codec.decode(
    { kind: 'session', id: draft.id },
    await readFile(join(sessionsDir, `${draft.id}.rec`)),
  );
  const theirs = structuredClone(current.data as SessionRecord);
  theirs.content.answers['what-helped'] = { text: 'Long walks by the river with my sister' };
  theirs.content.riskConcern = true;
  await writeFile(
    join(sessionsDir, `${draft.id}.sync-conflict-20261205-101500-OTHERPC.rec`),
    codec.encode(
      { kind: 'session', id: draft.id },
      { ...current, rev: current.rev + 1, device: 'c'.repeat(32), data: theirs },
    ),
  );
  const review = status.getByRole('button', { name: /1 session changed on both computers/ });
  await expect(review).toBeVisible();
  await review.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Changed on both computers' }),
  ).toBeVisible();
  const progress = page.getByRole('region', { name: 'Review progress' });
  await expect(progress.getByText('Long walks by the river with my sister')).toBeVisible();
  // The radios are drawn by their labels: click those, as the clinician would.
  await progress.locator('label', { hasText: 'Keep both' }).click();
  await expect(progress.getByRole('radio', { name: 'Keep both' })).toBeChecked();
  const record = page.getByRole('region', { name: 'Reason for ending, risk and outreach' });
  await record.locator('label', { hasText: 'Other computer' }).click();
  await expect(record.getByRole('radio', { name: 'Other computer' })).toBeChecked();
  await screenshot(page, 'merge-conflict');
  await page.getByRole('button', { name: 'Keep these versions' }).click();
  await expect(page.getByText('Both computers now hold the version you chose.')).toBeVisible();
  await expect(status.getByRole('button', { name: /changed on both computers/ })).toBeHidden();
  const merged = (await dispatch(app.handlers, 'sessions.get', { id: draft.id })) as {
    ok: boolean;
    value: SessionRecord;
  };
  expect(merged.ok && merged.value.content.answers['what-helped']?.text).toBe(
    'Writing three lines each evening, and the choir on Thursdays\n\nLong walks by the river with my sister',
  );
  expect(merged.ok && merged.value.content.riskConcern).toBe(true);
});
