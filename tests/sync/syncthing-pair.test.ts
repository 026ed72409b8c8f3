import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncthingPair, type SyncthingPair } from './support/syncthing-pair.js';
import { syncthingMissingReason } from './support/syncthing-node.js';

const missing = syncthingMissingReason();
if (missing) console.log(`Two-computer Syncthing tests skipped: ${missing}.`);

describe.skipIf(missing !== undefined)('two real Syncthing instances on localhost', () => {
  let root: string;
  let pair: SyncthingPair;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'closing-syncthing-'));
    pair = await startSyncthingPair(root);
  });

  afterAll(async () => {
    await pair?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('carries a file written on A to B', async () => {
    await writeFile(join(pair.folderA, 'from-a.bin'), Buffer.from([1, 2, 3, 4]));
    await pair.rescan();
    await pair.waitInSync();
    expect([...(await readFile(join(pair.folderB, 'from-a.bin')))]).toEqual([1, 2, 3, 4]);
  });

  it('keeps both versions as a sync-conflict copy when both changed while apart', async () => {
    const name = 'both.bin';
    await writeFile(join(pair.folderA, name), 'first');
    await pair.rescan();
    await pair.waitInSync();
    await pair.pause();
    await writeFile(join(pair.folderA, name), 'written on A');
    await writeFile(join(pair.folderB, name), 'written on B');
    await pair.rescan();
    await pair.resume();
    await pair.rescan();
    await pair.waitInSync();
    const namesB = await readdir(pair.folderB);
    const conflict = namesB.find((entry) =>
      /^both\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}\.bin$/.test(entry),
    );
    expect(conflict, namesB.join(', ')).toBeDefined();
    const texts = [
      await readFile(join(pair.folderB, name), 'utf8'),
      await readFile(join(pair.folderB, conflict!), 'utf8'),
    ].sort();
    expect(texts).toEqual(['written on A', 'written on B']);
  });
});
