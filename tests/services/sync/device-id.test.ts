import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecordCipher } from '../../../electron/services/vault/record-cipher';
import { DEVICE_ID_FILE, loadDeviceId } from '../../../electron/services/vault/device-id';
import { vaultPaths } from '../../../electron/services/vault/vault-paths';
import { readHeader, unwrapWithPassphrase } from '../../../electron/services/vault/vault-header';
import { RecordStore } from '../../../electron/services/store/record-store';
import { GOOD_PASSPHRASE, harness, tempDataDir } from '../vault/helpers';
import { randomBytes } from 'node:crypto';

describe("this computer's id", () => {
  it('is made once, kept in the data folder outside the vault, and read back the same', async () => {
    const dataDir = await tempDataDir();
    const first = await loadDeviceId(dataDir);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(await loadDeviceId(dataDir)).toBe(first);
    expect(await readdir(dataDir)).toContain(DEVICE_ID_FILE);
    expect(join(dataDir, DEVICE_ID_FILE).startsWith(vaultPaths(dataDir).vault)).toBe(false);
  });

  it('sets a damaged file aside (never deletes it) and makes a new id', async () => {
    for (const damaged of [
      '',
      '{',
      '{"deviceId":"ZZ"}',
      '[]',
      '{"deviceId":"' + 'a'.repeat(32) + '","x":1}',
    ]) {
      const dataDir = await tempDataDir();
      await writeFile(join(dataDir, DEVICE_ID_FILE), damaged);
      const id = await loadDeviceId(dataDir);
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      const names = await readdir(dataDir);
      const aside = names.find((n) => n.startsWith(`${DEVICE_ID_FILE}.damaged-`));
      expect(aside, names.join(', ')).toBeDefined();
      expect(await readFile(join(dataDir, aside!), 'utf8')).toBe(damaged);
    }
  });

  it('never stops the vault opening: an id that cannot be saved serves this run', async () => {
    const dataDir = await tempDataDir();
    const refused = async () => {
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    };
    expect(await loadDeviceId(dataDir, refused)).toMatch(/^[0-9a-f]{32}$/);
    expect(await readdir(dataDir)).not.toContain(DEVICE_ID_FILE);
    if (process.platform !== 'win32' && process.getuid?.() !== 0) {
      await writeFile(join(dataDir, DEVICE_ID_FILE), '{}');
      await chmod(join(dataDir, DEVICE_ID_FILE), 0o000);
      expect(await loadDeviceId(dataDir)).toMatch(/^[0-9a-f]{32}$/);
    }
  });
});

describe('records name the computer that wrote them', () => {
  it("a record saved through the handlers carries this computer's id", async () => {
    const h = await harness();
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    await h.call('clients.create', { displayName: 'محمد الأحمد' });
    const deviceId = await loadDeviceId(h.dataDir);
    const recordsDir = vaultPaths(h.dataDir).records;
    const [clientFile] = await readdir(join(recordsDir, 'client'));
    expect(clientFile).toBeDefined();
    // The record is encrypted: read it back through a store opened with the same key is not
    // possible from here, so the plaintext id must simply never appear in the file.
    const header = await readHeader(vaultPaths(h.dataDir).vault);
    const dataKey = await unwrapWithPassphrase(header!, GOOD_PASSPHRASE);
    const id = clientFile!.slice(0, -'.rec'.length);
    const bytes = await readFile(join(recordsDir, 'client', clientFile!));
    const envelope = createRecordCipher(dataKey).decode({ kind: 'client', id }, bytes);
    expect(envelope.device).toBe(deviceId);
    // The id travels only inside the ciphertext.
    expect(bytes.includes(Buffer.from(deviceId))).toBe(false);
  });

  it('the store writes the device into each envelope and reads older envelopes without one', async () => {
    const dataDir = await tempDataDir();
    const cipher = createRecordCipher(randomBytes(32));
    const device = 'c'.repeat(32);
    const withDevice = new RecordStore(join(dataDir, 'records'), cipher, undefined, device);
    const without = new RecordStore(join(dataDir, 'records'), cipher);
    await withDevice.open(['client']);
    const id = 'd'.repeat(32);
    await without.put('client', id, { displayName: 'דנה לוי' });
    expect((await without.get('client', id)).device).toBeUndefined();
    const second = await withDevice.put('client', id, { displayName: 'דנה לוי' });
    expect(second).toMatchObject({ rev: 2, device });
    expect(await without.get('client', id)).toMatchObject({ rev: 2, device });
  });

  it('a record whose device is not a computer id is refused as damaged', () => {
    const cipher = createRecordCipher(randomBytes(32));
    const id = 'e'.repeat(32);
    for (const device of ['', 'C'.repeat(32), 'c'.repeat(31), 42, null]) {
      const bytes = cipher.encode({ kind: 'client', id }, {
        format: 1,
        kind: 'client',
        id,
        rev: 1,
        device,
        data: {},
      } as never);
      expect(() => cipher.decode({ kind: 'client', id }, bytes)).toThrow(/envelope/);
    }
  });
});
