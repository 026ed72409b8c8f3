/**
 * documents.regenerate in a fresh process gives back the stored bytes of a handout exported right
 * after another client's: that earlier handout's composite glyphs (Greek Π is built on Cyrillic П,
 * Arabic final yeh on final alef maksura) must not change this one's text or bytes.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../pdf/pdf-reader';
import { GOOD_PASSPHRASE } from '../vault/helpers';
import { sampleChanges } from '../../core/handout-model/sample-session';
import { fromBase64, sampleVault } from './documents-helpers';

const run = promisify(execFile);
const note = (text: string) => ({ op: 'answer', itemId: 'closing-note', answer: { text } });

describe('documents.regenerate in a fresh process', () => {
  it('gives the stored bytes of a handout exported after another client’s', async () => {
    const { h, session: earlier } = await sampleVault({
      client: { displayName: 'Παναγιώτης Νικολάου', language: 'el' },
      changes: [...sampleChanges(), note('Καλή συνέχεια — في البيت وفي العمل.')],
    });
    await h.call('documents.export', { sessionId: earlier.id, kind: 'handout' });

    const client = await h.call('clients.create', {
      displayName: 'Ольга Петровна',
      language: 'ru',
    });
    let session = await h.call('sessions.create', { clientId: client.id });
    session = await h.call('sessions.update', {
      id: session.id,
      expectedRev: session.rev,
      changes: [...sampleChanges(), note('Ольга Петровна: على الطاولة، إلى اللقاء.')],
    });
    session = await h.call('sessions.finalize', { id: session.id, expectedRev: session.rev });
    const later = await h.call('documents.export', { sessionId: session.id, kind: 'handout' });
    const stored = await readPdf(
      fromBase64((await h.call('documents.getPdf', { documentId: later.id })).base64),
    );
    expect(stored.text).toContain('Ольга Петровна');
    expect(stored.text).toContain('على الطاولة');
    await h.call('vault.lock', {});

    const script = resolve('tests/services/documents/regenerate-alone.ts');
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      script,
      h.dataDir,
      GOOD_PASSPHRASE,
      later.id,
    ]);
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toMatchObject({
      ok: true,
      value: { identical: true },
    });
  });
});
