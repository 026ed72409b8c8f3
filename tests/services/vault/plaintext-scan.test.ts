import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { GOOD_PASSPHRASE, harness, listFiles, tempDataDir } from './helpers';

const SECRETS = [
  'Zoë Ørsted',
  'Ελπίδα Παπαδοπούλου',
  '王小明',
  'RC-93817',
  'sleeps better since March',
];

function encodings(text: string): Buffer[] {
  return [
    Buffer.from(text, 'utf8'),
    Buffer.from(text.normalize('NFD'), 'utf8'),
    Buffer.from(text, 'utf16le'),
  ];
}

test('no client name, record code or note appears in any file under the data folder (UTF-8, UTF-16LE)', async () => {
  const h = await harness();
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  for (const displayName of ['Zoë Ørsted', 'Ελπίδα Παπαδοπούλου', '王小明']) {
    const client = await h.call('clients.create', {
      displayName,
      recordCode: 'RC-93817',
      notes: 'sleeps better since March',
    });
    const session = await h.call('sessions.create', { clientId: client.id });
    await h.call('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: [
        {
          op: 'answer',
          itemId: 'what-helped',
          answer: { text: `${displayName} sleeps better since March` },
        },
      ],
    });
  }
  await h.exportTo(`${h.dataDir}/backup.csbackup`);
  await h.call('vault.lock');
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });

  const files = await listFiles(h.dataDir);
  expect(files.length).toBeGreaterThan(8);
  // The encrypted summary cache (written at lock; client summaries include names) is scanned too.
  expect(files.some((f) => f.endsWith('/local-cache/summaries.rec'))).toBe(true);
  for (const file of files) {
    const bytes = await readFile(file);
    for (const secret of SECRETS) {
      for (const needle of encodings(secret))
        expect(bytes.includes(needle), `${secret} in ${file}`).toBe(false);
    }
    for (const secret of SECRETS) expect(file.includes(secret)).toBe(false);
  }
  // The scan can fail: the same check finds the strings in a plain file.
  const control = Buffer.concat(encodings('王小明'));
  expect(control.includes(Buffer.from('王小明', 'utf16le'))).toBe(true);
  void tempDataDir;
});
