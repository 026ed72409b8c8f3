/**
 * The handout carries the emergency number of the client's own region: a client in New Zealand
 * gets 111 while the practice is in the United Kingdom, and a client with no region of their own
 * gets the practice's (999). The sessions pick no lines of their own, so no other line is printed.
 */
import { describe, expect, it } from 'vitest';
import { sampleChanges } from '../../core/handout-model/sample-session';
import { readPdf } from '../pdf/pdf-reader';
import { GOOD_PASSPHRASE, harness } from '../vault/helpers';
import { fromBase64 } from './documents-helpers';

type Harness = Awaited<ReturnType<typeof harness>>;

/** A finalized sample session for the client: crisis lines talked about, none picked in the session. */
async function finalizedSession(h: Harness, clientId: string): Promise<string> {
  const changes = [
    ...(sampleChanges() as { op: string; itemId?: string }[]).filter(
      (c) => !(c.op === 'answer' && c.itemId === 'crisis-lines'),
    ),
    { op: 'answer', itemId: 'crisis-lines', answer: { covered: true } },
  ];
  let session = await h.call('sessions.create', { clientId });
  session = await h.call('sessions.update', { id: session.id, expectedRev: session.rev, changes });
  await h.call('sessions.finalize', { id: session.id, expectedRev: session.rev });
  return session.id;
}

/** The handout's text as pdf.js reads it, whitespace folded. */
async function handoutText(h: Harness, sessionId: string): Promise<string> {
  const doc = await h.call('documents.export', { sessionId, kind: 'handout' });
  const { base64 } = await h.call('documents.getPdf', { documentId: doc.id });
  return (await readPdf(fromBase64(base64))).text.replace(/\s+/g, ' ');
}

describe('handout crisis lines by client region', () => {
  it("uses the client's region, and the practice's when the client has none", async () => {
    const h = await harness();
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    // A client created while the practice has no region keeps none of their own.
    await h.call('settings.update', { crisisRegion: '' });
    const noRegion = await h.call('clients.create', { displayName: 'דנה לוי' });
    expect(noRegion.region).toBe('');
    await h.call('settings.update', { crisisRegion: 'GB' });
    const inNz = await h.call('clients.create', { displayName: 'Zoë Ørsted', region: 'NZ' });
    expect(inNz.region).toBe('NZ');

    // No line was chosen in either session: each handout carries only its region's emergency
    // number, never the region's whole list.
    const nz = await handoutText(h, await finalizedSession(h, inNz.id));
    expect(nz).toContain('Call 111 if someone is in immediate danger.');
    expect(nz).not.toContain('Need to talk? 1737');
    expect(nz).not.toContain('Call 999');

    const practice = await handoutText(h, await finalizedSession(h, noRegion.id));
    expect(practice).toContain('Call 999 (or 112) if someone is in immediate danger.');
    expect(practice).not.toContain('85258');
    expect(practice).not.toContain('Call 111 if');
  });
});
