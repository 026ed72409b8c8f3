// The recovery key saved as a PDF: the key must open this vault, the PDF holds the key in
// groups, plain instructions and a generic title, and nothing is written when cancelled.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPdf } from '../pdf/pdf-reader';
import { GOOD_PASSPHRASE, harness, listFiles, tempDataDir } from './helpers';

describe('vault.saveRecoveryKeyPdf', () => {
  test('writes a one-page PDF with the key in groups where the clinician chooses', async () => {
    const h = await harness();
    const { recoveryKey } = await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    const out = join(await tempDataDir(), 'chosen.pdf');
    h.choose(out);
    expect(
      await h.call('vault.saveRecoveryKeyPdf', { recoveryKey: recoveryKey.toLowerCase() }),
    ).toEqual({ saved: true, fileName: 'chosen.pdf' });
    const bytes = new Uint8Array(await readFile(out));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const pdf = await readPdf(bytes);
    expect(pdf.numPages).toBe(1);
    expect(pdf.info.Title).toBe('Closing Session recovery key');
    expect(pdf.text).toContain('Closing Session recovery key');
    const flat = pdf.text.replace(/[\s-]/g, '');
    expect(flat).toContain(recoveryKey.replace(/-/g, ''));
    for (const group of recoveryKey.split('-')) expect(pdf.text).toContain(group);
    expect(pdf.text).toMatch(/away from the computer/);
    expect(pdf.text).toMatch(/Created on \d{1,2} \w+ \d{4}/);
  });

  test('a key that does not open this vault is refused and nothing is asked or written', async () => {
    const other = await harness();
    const { recoveryKey: foreign } = await other.call('vault.create', {
      passphrase: GOOD_PASSPHRASE,
    });
    const h = await harness();
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    const dir = await tempDataDir();
    h.choose(join(dir, 'key.pdf'));
    expect(await h.raw('vault.saveRecoveryKeyPdf', { recoveryKey: foreign })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        fields: { recoveryKey: 'That recovery key does not open this vault.' },
      },
    });
    expect(await h.raw('vault.saveRecoveryKeyPdf', { recoveryKey: 'ABCD-EFGH' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await listFiles(dir)).toEqual([]);
  });

  test('cancelling the dialog writes nothing; a locked vault refuses', async () => {
    const h = await harness();
    const { recoveryKey } = await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    h.choose(null);
    expect(await h.call('vault.saveRecoveryKeyPdf', { recoveryKey })).toEqual({ saved: false });
    await h.call('vault.lock', { reason: 'user' });
    expect(await h.raw('vault.saveRecoveryKeyPdf', { recoveryKey })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
  });
});
