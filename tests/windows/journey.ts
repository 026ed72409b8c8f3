// The Windows journey: one clinician's working day through the real handlers and dispatch —
// vault, two clients, 50 autosaves, finalize, handout and closure letter PDFs, backup, restore
// into a fresh folder, lock and unlock, a settings change, and a damaged record quarantined.
// Bundled into one CommonJS file and run by the Windows build of Node (under Wine on Linux) by
// scripts/test-windows.mjs; it also runs on any Node with `tsx`.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SAMPLE_PROFILE, sampleChanges } from '../core/handout-model/sample-session';
import { countPdfPages, openApp, type JourneyApp } from './journey-app';

/** What the journey saw, printed as one JSON line for the runner. */
export interface JourneySummary {
  platform: string;
  node: string;
  saves: number;
  handoutPages: number;
  letterPages: number;
  backupRecords: number;
  restoredRecords: number;
  quarantined: number;
  steps: string[];
}

const PASSPHRASE = 'lantern orchard velvet compass 42';
const SAVES = 50;
const NAMES = ['Zoë Ørsted', 'محمد الأحمد', 'דנה לוי', '王小明'] as const;

async function savedPdf(
  app: JourneyApp,
  documentId: string,
  path: string,
  pages: number,
): Promise<void> {
  app.choose(path);
  const saved = await app.call('documents.saveCopy', { documentId });
  assert.equal(saved.saved, true, 'the copy was saved');
  const bytes = await readFile(path);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.equal(countPdfPages(bytes), pages, 'pages in the saved copy');
}

/**
 * Runs every step, asserting each; names each finished step in `steps`; resolves to what it saw.
 * Every app it opened is locked at the end, pass or fail, so no vault watcher keeps the process.
 */
export async function runJourney(
  workDir: string,
  resourcesDir: string,
  steps: string[] = [],
): Promise<JourneySummary> {
  const opened: JourneyApp[] = [];
  const open = (dir: string): JourneyApp => {
    const app = openApp(dir, resourcesDir);
    opened.push(app);
    return app;
  };
  try {
    return await journeySteps(workDir, steps, open);
  } finally {
    await Promise.all(opened.map((app) => app.close()));
  }
}

async function journeySteps(
  workDir: string,
  steps: string[],
  open: (dataDir: string) => JourneyApp,
): Promise<JourneySummary> {
  const step = (name: string) => void steps.push(name);
  const dataDir = join(workDir, 'data');
  const outDir = join(workDir, 'out');
  await mkdir(outDir, { recursive: true });
  const app = open(dataDir);

  const created = await app.call('vault.create', { passphrase: PASSPHRASE });
  assert.match(created.recoveryKey, /\S{20,}/);
  assert.equal((await app.call('vault.status')).state, 'unlocked');
  await app.call('settings.update', { profile: SAMPLE_PROFILE, crisisRegion: 'GB' });
  step('vault created');

  const zoe = await app.call('clients.create', {
    displayName: NAMES[0],
    preferredName: 'Zoë',
    recordCode: 'RC-1001',
    language: 'en',
  });
  const mohammed = await app.call('clients.create', {
    displayName: NAMES[1],
    recordCode: 'RC-1002',
    language: 'ar',
  });
  assert.equal(mohammed.direction, 'rtl');
  assert.deepEqual(
    (await app.call('clients.list')).map((o) => o.client.displayName).sort(),
    [NAMES[0], NAMES[1]].sort(),
  );
  step('two clients');

  let session = await app.call('sessions.create', { clientId: zoe.id });
  session = await app.call('sessions.update', {
    id: session.id,
    expectedRev: session.rev,
    changes: sampleChanges(),
  });
  for (let i = 2; i <= SAVES; i += 1) {
    const text = `Save ${i}: ${NAMES[i % NAMES.length]} — notes`;
    session = await app.call('sessions.update', {
      id: session.id,
      expectedRev: session.rev,
      changes: [{ op: 'answer', itemId: 'opening-notes', answer: { text } }],
    });
  }
  assert.equal(session.rev, SAVES + 1, 'one revision per save');
  const stored = await app.call('sessions.get', { id: session.id });
  assert.equal(
    stored.content.answers['opening-notes']?.text,
    `Save ${SAVES}: ${NAMES[SAVES % NAMES.length]} — notes`,
  );
  step(`${SAVES} saves`);

  session = await app.call('sessions.finalize', { id: session.id, expectedRev: session.rev });
  assert.equal(session.status, 'finalized');
  assert.equal(await app.call('sessions.verify', { id: session.id }), 'verified');
  step('finalized');

  const handout = await app.call('documents.export', { sessionId: session.id, kind: 'handout' });
  assert.ok(handout.pages >= 2, 'the full handout has several pages');
  await savedPdf(app, handout.id, join(outDir, 'handout.pdf'), handout.pages);
  const letterSession = await app.call('sessions.create', {
    clientId: mohammed.id,
    kind: 'closure-letter',
  });
  const letter = await app.call('documents.export', {
    sessionId: letterSession.id,
    kind: 'closure-letter',
    options: { variant: 'minimal' },
  });
  assert.ok(letter.pages >= 1);
  await savedPdf(app, letter.id, join(outDir, 'letter.pdf'), letter.pages);
  step('handout and closure letter exported');

  const before = await app.call('clients.list');
  const backupPath = join(outDir, 'practice.csbackup');
  app.choose(backupPath);
  const backup = await app.call('backup.export', {});
  if (!backup.saved) assert.fail('the backup was not saved');
  assert.ok(backup.records >= 6, 'clients, sessions and documents are in the backup');
  step('backup');

  const restoredApp = open(join(workDir, 'restored'));
  assert.equal((await restoredApp.call('vault.status')).state, 'absent');
  restoredApp.choose(backupPath);
  assert.equal((await restoredApp.call('backup.choose', {})).chosen, true);
  const restored = await restoredApp.call('backup.restore', { passphrase: PASSPHRASE });
  assert.equal(restored.records, backup.records);
  assert.deepEqual(await restoredApp.call('clients.list'), before);
  const again = await restoredApp.call('sessions.get', { id: session.id });
  assert.deepEqual(again.finalization, session.finalization);
  assert.equal(await restoredApp.call('sessions.verify', { id: session.id }), 'verified');
  assert.equal(
    (await restoredApp.call('documents.list', { sessionId: session.id }))[0]?.id,
    handout.id,
  );
  assert.equal((await restoredApp.call('audit.verify')).ok, true);
  step('restore verified');

  assert.equal((await app.call('vault.lock', { reason: 'user' })).state, 'locked');
  const whileLocked = await app.raw('clients.list');
  assert.equal(whileLocked.ok, false, 'nothing reads while locked');
  assert.equal(
    (await app.raw('vault.unlock', { passphrase: 'not the passphrase at all 99' })).ok,
    false,
  );
  assert.equal((await app.call('vault.unlock', { passphrase: PASSPHRASE })).state, 'unlocked');
  assert.deepEqual(await app.call('clients.list'), before);
  step('lock and unlock');

  await app.call('settings.update', { theme: 'dark', autoLockMinutes: 5 });
  const reopened = open(dataDir);
  assert.deepEqual(
    (await reopened.call('settings.get')).settings,
    (await app.call('settings.get')).settings,
  );
  assert.equal((await reopened.call('settings.get')).settings.theme, 'dark');
  step('settings change kept');

  await app.call('vault.lock', { reason: 'user' });
  const recordFile = join(dataDir, 'vault', 'records', 'client', `${mohammed.id}.rec`);
  const bytes = await readFile(recordFile);
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = (bytes[middle] as number) ^ 0x01;
  await writeFile(recordFile, bytes);
  const damaged = open(dataDir);
  assert.equal((await damaged.call('vault.unlock', { passphrase: PASSPHRASE })).quarantined, 1);
  assert.deepEqual(await damaged.call('vault.quarantine'), {
    count: 1,
    items: [{ kind: 'client', id: mohammed.id }],
  });
  assert.deepEqual(
    (await damaged.call('clients.list')).map((o) => o.client.id),
    [zoe.id],
  );
  step('flipped byte quarantined');

  return {
    platform: process.platform,
    node: process.version,
    saves: SAVES,
    handoutPages: handout.pages,
    letterPages: letter.pages,
    backupRecords: backup.records,
    restoredRecords: restored.records,
    quarantined: 1,
    steps,
  };
}
