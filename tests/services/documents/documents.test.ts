/**
 * The documents methods through createHandlers + dispatch, over a real vault: export stores the
 * PDF encrypted and linked to its session; the PDF read back with pdf.js holds the typed names in
 * every script, never the private reflection, no standard-14 font and no client data in its
 * metadata; "Save a copy as…" writes only where chosen, under a sanitized name; re-export is
 * byte-identical until the session changes; the closure letter keeps its edited wording.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../setup/temp-dirs';
import { listFiles } from '../vault/helpers';
import { baseFontNames, pdfUnicodeLiteral, readPdf, STANDARD_14 } from '../pdf/pdf-reader';
import {
  FEEDBACK_NOTE,
  NAMES,
  PRIVATE_REFLECTION,
  REPAIR_NOTE,
} from '../../core/handout-model/sample-session';
import { fromBase64, sampleVault } from './documents-helpers';

const KINDS = ['handout', 'handout-one-page', 'discharge-summary', 'closure-letter'] as const;

describe('documents.export', () => {
  it('stores each kind in the vault, linked to the session with time and content hash; lists newest first', async () => {
    const { h, session } = await sampleVault();
    const made = [];
    for (const kind of KINDS)
      made.push(await h.call('documents.export', { sessionId: session.id, kind }));
    for (const [i, doc] of made.entries()) {
      expect(doc).toMatchObject({
        sessionId: session.id,
        clientId: session.clientId,
        kind: KINDS[i],
        contentHash: session.finalization.contentHash,
        sessionStatus: 'finalized',
      });
      expect(doc.pages).toBeGreaterThan(0);
      expect(doc.bytes).toBeGreaterThan(1000);
      expect(doc).not.toHaveProperty('pdf');
    }
    const listed = await h.call('documents.list', { sessionId: session.id });
    expect(listed.map((d) => d.id).sort()).toEqual(made.map((d) => d.id).sort());
    const audit = await h.call('audit.list', { limit: 10 });
    expect(
      audit
        .filter((e) => e.type === 'document-exported')
        .map((e) => e.recordId)
        .sort(),
    ).toEqual(made.map((d) => d.id).sort());
  });

  it('keeps the PDF only encrypted on disk', async () => {
    const { h, session } = await sampleVault();
    const doc = await h.call('documents.export', { sessionId: session.id, kind: 'handout' });
    const { base64 } = await h.call('documents.getPdf', { documentId: doc.id });
    const head = Buffer.from(base64, 'base64').subarray(0, 5).toString('latin1');
    expect(head).toBe('%PDF-');
    for (const file of await listFiles(h.dataDir)) {
      const bytes = await readFile(file);
      expect(bytes.includes('%PDF-'), file).toBe(false);
      expect(bytes.includes(base64.slice(0, 40)), file).toBe(false);
    }
  });

  it('refuses unknown sessions and kinds', async () => {
    const { h } = await sampleVault();
    expect(
      await h.raw('documents.export', { sessionId: 'f'.repeat(32), kind: 'handout' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(
      await h.raw('documents.export', { sessionId: 'f'.repeat(32), kind: 'invoice' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('the handout PDF read back with pdf.js', () => {
  it('has every typed name exactly, never the private reflection or feedback notes, no standard-14 font, no client data in metadata', async () => {
    const { h, session } = await sampleVault();
    const doc = await h.call('documents.export', { sessionId: session.id, kind: 'handout' });
    const bytes = fromBase64((await h.call('documents.getPdf', { documentId: doc.id })).base64);
    const read = await readPdf(bytes);
    expect(read.numPages).toBe(doc.pages);
    for (const name of NAMES) expect(read.text, name).toContain(name);
    for (const secret of [
      PRIVATE_REFLECTION,
      FEEDBACK_NOTE,
      REPAIR_NOTE,
      'Reflection-7f3a',
      'Feedback-91c2',
      'Repair-44d0',
    ])
      expect(read.text).not.toContain(secret);
    expect(read.text).toContain('Looking back, moving forward');
    expect(read.text).toContain(`Page 1 of ${read.numPages}`);
    const fonts = baseFontNames(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts)
      for (const std of STANDARD_14)
        expect(f.replace(/^[A-Z]{6}\+/, '')).not.toMatch(new RegExp(`^${std}`));
    expect(read.info).toMatchObject({
      Title: 'Closing session handout',
      Author: '',
      Subject: '',
      Keywords: '',
    });
    const raw = Buffer.from(bytes).toString('latin1');
    for (const name of [...NAMES, 'Zoë', 'RC-1001']) {
      expect(JSON.stringify(read.info)).not.toContain(name);
      expect(raw.includes(pdfUnicodeLiteral(name))).toBe(false);
    }
  });

  it('the discharge summary and letter read back with their own generic titles and the names', async () => {
    const { h, session } = await sampleVault();
    for (const [kind, title] of [
      ['discharge-summary', 'Discharge summary'],
      ['closure-letter', 'Letter'],
    ] as const) {
      const doc = await h.call('documents.export', { sessionId: session.id, kind });
      const read = await readPdf(
        fromBase64((await h.call('documents.getPdf', { documentId: doc.id })).base64),
      );
      expect(read.info.Title).toBe(title);
      expect(read.text).not.toContain(PRIVATE_REFLECTION);
      if (kind === 'discharge-summary')
        for (const name of NAMES) expect(read.text, name).toContain(name);
    }
  });
});

describe('documents.saveCopy', () => {
  it('asks with a default name free of client data, writes a sanitized name only where chosen, and audits it', async () => {
    const { h, session, asked, choose } = await sampleVault({
      now: () => new Date('2026-11-26T10:00:00.000Z'),
    });
    const doc = await h.call('documents.export', {
      sessionId: session.id,
      kind: 'discharge-summary',
    });
    const folder = await tempDir('cs-copy-');
    choose(join(folder, 'COM1 \u202Efdp.exe. '));
    const out = await h.call('documents.saveCopy', { documentId: doc.id });
    expect(asked[0]).toMatchObject({
      defaultName: 'discharge-summary-2026-11-26.pdf',
      filters: [{ extensions: ['pdf'] }],
    });
    expect(out).toEqual({ saved: true, fileName: 'COM1 fdp.exe.pdf' });
    expect(await readdir(folder)).toEqual(['COM1 fdp.exe.pdf']);
    const written = await readFile(join(folder, 'COM1 fdp.exe.pdf'));
    expect(written.toString('base64')).toBe(
      (await h.call('documents.getPdf', { documentId: doc.id })).base64,
    );
    expect((await h.call('audit.list', { limit: 1 }))[0]).toMatchObject({
      type: 'document-saved',
      recordId: doc.id,
    });

    choose(join(folder, 'con'));
    expect(await h.call('documents.saveCopy', { documentId: doc.id })).toEqual({
      saved: true,
      fileName: '_con.pdf',
    });
    choose(null);
    expect(await h.call('documents.saveCopy', { documentId: doc.id })).toEqual({ saved: false });
    expect((await readdir(folder)).sort()).toEqual(['COM1 fdp.exe.pdf', '_con.pdf']);
    for (const a of asked)
      for (const name of ['Zoë', 'Ørsted', 'RC-1001'])
        expect(a.defaultName + a.title).not.toContain(name);
  });
});

describe('documents.regenerate', () => {
  it('is byte-identical for the same session, and makes a new document after an amendment', async () => {
    let t = Date.parse('2025-03-14T10:30:00.000Z');
    const { h, session } = await sampleVault({ now: () => new Date((t += 1000)) });
    const doc = await h.call('documents.export', { sessionId: session.id, kind: 'handout' });
    const again = await h.call('documents.regenerate', { documentId: doc.id });
    expect(again).toEqual({ identical: true, document: doc });

    const current = await h.call('sessions.get', { id: session.id });
    await h.call('sessions.update', {
      id: session.id,
      expectedRev: current.rev,
      amendment: { reason: 'Client asked for a kinder closing note' },
      changes: [
        { op: 'answer', itemId: 'closing-note', answer: { text: 'Thank you, Zoë. Go gently.' } },
      ],
    });
    const changed = await h.call('documents.regenerate', { documentId: doc.id });
    expect(changed.identical).toBe(false);
    expect(changed.document.id).not.toBe(doc.id);
    expect(changed.document.contentHash).not.toBe(doc.contentHash);
    const read = await readPdf(
      fromBase64((await h.call('documents.getPdf', { documentId: changed.document.id })).base64),
    );
    expect(read.text).toContain('Go gently.');
    expect((await h.call('documents.list', { sessionId: session.id })).map((d) => d.id)).toEqual([
      changed.document.id,
      doc.id,
    ]);
  });
});

describe('closure letter wording', () => {
  it('starts from the default, keeps what was exported, and fills placeholders in the PDF', async () => {
    const { h, session } = await sampleVault();
    const first = await h.call('documents.letterText', {
      sessionId: session.id,
      variant: 'minimal',
    });
    expect(first.isDefault).toBe(true);
    expect(first.text).toContain('{clientName}');
    expect(first.values).toMatchObject({
      clientName: 'Zoë Ørsted',
      clinicianName: 'Ελπίδα Παπαδοπούλου',
      practicePhone: '+44 117 496 0000',
    });
    const text =
      'Dear {clientName},\n\nMy door stays open. Call {practicePhone}.\n\n{clinicianName}';
    const doc = await h.call('documents.export', {
      sessionId: session.id,
      kind: 'closure-letter',
      options: { variant: 'minimal', text },
    });
    expect(
      await h.call('documents.letterText', { sessionId: session.id, variant: 'minimal' }),
    ).toMatchObject({ text, isDefault: false, defaultText: first.text });
    expect(
      (await h.call('documents.letterText', { sessionId: session.id, variant: 'clinical' }))
        .isDefault,
    ).toBe(true);
    const read = await readPdf(
      fromBase64((await h.call('documents.getPdf', { documentId: doc.id })).base64),
    );
    expect(read.text).toContain('Dear Zoë Ørsted,');
    expect(read.text).toContain('My door stays open. Call +44 117 496 0000.');
    expect(read.text).not.toContain('{clientName}');
  });
});
