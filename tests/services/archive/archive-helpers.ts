/** Shared set-up for the archive service tests: a vault with a few hand-made documents. */
import type { ContentChange } from '../../../core/checklist/content-update';
import { FAST_SCRYPT, GOOD_PASSPHRASE, harness } from '../vault/helpers';
import type { HandlerDeps } from '../../../electron/services/handlers';

export { FAST_SCRYPT, GOOD_PASSPHRASE };

/** A gate the background build waits on between chunks, opened by the test. */
export function buildGate() {
  let release: () => void = () => undefined;
  let waiting = new Promise<void>((r) => (release = r));
  let paused = 0;
  return {
    pause: async () => {
      paused += 1;
      await waiting;
    },
    /** How many times the build has paused so far. */
    get paused() {
      return paused;
    },
    open() {
      release();
    },
    close() {
      waiting = new Promise<void>((r) => (release = r));
    },
  };
}

/** Content for a session: a goal, a referral, a note, a private reflection and a reason. */
export function sessionChanges(words: {
  goal: string;
  referral: string;
  note: string;
  reflection: string;
}): ContentChange[] {
  return [
    {
      op: 'answer',
      itemId: 'goals',
      answer: {
        goals: [{ id: 'g1', goal: words.goal, start: 2, now: 7, clientWords: '', firstStep: '' }],
      },
    },
    {
      op: 'answer',
      itemId: 'referrals',
      answer: {
        referrals: [
          {
            id: 'r1',
            referralId: null,
            name: words.referral,
            kind: 'Peer support group',
            phone: '',
            web: '',
            address: '',
            note: '',
          },
        ],
      },
    },
    { op: 'answer', itemId: 'feedback-notes', answer: { text: words.note } },
    { op: 'answer', itemId: 'reflection', answer: { text: words.reflection } },
    { op: 'reason', reason: { code: 'goals-met', otherText: '' } },
  ];
}

/** An unlocked vault through dispatch, with the given extra deps. */
export async function archiveHarness(extra: Partial<HandlerDeps> = {}) {
  const h = await harness(extra);
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  /** Creates a client with one closing session filled with `words`. */
  async function clientWithSession(
    displayName: string,
    words: Parameters<typeof sessionChanges>[0],
    recordCode = '',
  ) {
    const client = await h.call('clients.create', { displayName, recordCode });
    const created = await h.call('sessions.create', { clientId: client.id });
    const session = await h.call('sessions.update', {
      id: created.id,
      expectedRev: created.rev,
      changes: sessionChanges(words),
    });
    return { client, session };
  }
  return { ...h, clientWithSession };
}
