// Shared set-up for the documents service tests: a vault with the sample client and session.
import type { Dialogs, SaveDialogOptions } from '../../../electron/services/dialogs';
import { GOOD_PASSPHRASE, harness } from '../vault/helpers';
import { SAMPLE_PROFILE, sampleChanges } from '../../core/handout-model/sample-session';

/** Dialogs that record what was asked and answer with the next chosen path. */
export function recordingDialogs() {
  const asked: SaveDialogOptions[] = [];
  let next: string | null = null;
  const dialogs: Dialogs = {
    chooseSavePath: async (options) => {
      asked.push(options);
      return next;
    },
    chooseOpenPath: async () => null,
    chooseFolder: async () => null,
  };
  return { dialogs, asked, choose: (path: string | null) => void (next = path) };
}

/** A vault with the profile set, one client and the sample session filled in (finalized unless asked). */
export async function sampleVault(
  options: {
    client?: Record<string, unknown>;
    changes?: unknown[];
    finalize?: boolean;
    now?: () => Date;
  } = {},
) {
  const rec = recordingDialogs();
  const h = await harness({ dialogs: rec.dialogs, ...(options.now ? { now: options.now } : {}) });
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  await h.call('settings.update', { profile: SAMPLE_PROFILE, crisisRegion: 'GB' });
  const client = await h.call(
    'clients.create',
    options.client ?? { displayName: 'Zoë Ørsted', pronouns: 'she/her', recordCode: 'RC-1001' },
  );
  let session = await h.call('sessions.create', { clientId: client.id });
  session = await h.call('sessions.update', {
    id: session.id,
    expectedRev: session.rev,
    changes: options.changes ?? sampleChanges(),
  });
  if (options.finalize !== false)
    session = await h.call('sessions.finalize', { id: session.id, expectedRev: session.rev });
  return { h, client, session, ...rec };
}

/** The bytes of a base64 string. */
export function fromBase64(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, 'base64'));
}
