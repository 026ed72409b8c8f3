/**
 * The sessions methods through createHandlers + dispatch: create with a template snapshot,
 * autosave with revisions, refusal of out-of-range scores at dispatch, finalize (missing items,
 * risk → safety plan), amendments, hash verification and exact text round-trips.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { canonicalize, missingForFinalize } from '../../../core/checklist';
import type { Session, SessionRecord } from '../../../core/sessions/session';
import { DEFAULT_RETURN_POLICY } from '../../../core/settings/settings-schema';
import { RecordStore } from '../../../electron/services/store/record-store';
import { createRecordCipher } from '../../../electron/services/vault/record-cipher';
import { readHeader, unwrapWithPassphrase } from '../../../electron/services/vault/vault-header';
import { GOOD_PASSPHRASE, harness, manualClock } from '../vault/helpers';

const answer = (itemId: string, a: Record<string, unknown>) => ({
  op: 'answer',
  itemId,
  answer: a,
});

/** Every change the Planned ending needs before it can be finalized (no risk). */
const REQUIRED = [
  answer('goals', {
    goals: [
      {
        id: 'g1',
        goal: 'Sleep through the night',
        start: 2,
        now: 7,
        clientWords: 'I wake up rested',
      },
    ],
  }),
  answer('coping-toolkit', { entries: [{ id: 'e1', values: { text: 'Walk by the river' } }] }),
  answer('warning-signs', {
    entries: [
      {
        id: 'w1',
        values: { sign: 'Skipping meals', action: 'Plan a simple meal', contact: 'My sister' },
      },
    ],
  }),
  answer('crisis-lines', { covered: true }),
  answer('return-policy', { text: 'Call the practice any time.' }),
  { op: 'reason', reason: { code: 'goals-met' } },
  { op: 'risk-at-discharge', risk: { date: '2025-06-02', level: 'none', note: '' } },
];

const SAFETY_PLAN = {
  warningSigns: ['Not sleeping'],
  copingAlone: ['Breathing exercise'],
  distractions: ['The library'],
  askForHelp: ['My sister'],
  professionals: ['My doctor'],
  saferSurroundings: ['Medication kept by my partner'],
  reasonsForLiving: [],
};

/** The item ids finalize would still ask for. */
const missingRequiredIds = (session: Session) =>
  missingForFinalize(session.template, session.content).map((m) => m.itemId);

async function started(extra: Parameters<typeof harness>[0] = {}) {
  const h = await harness(extra);
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  const client = await h.call('clients.create', { displayName: 'Zoë Ørsted' });
  const session = await h.call('sessions.create', { clientId: client.id });
  return { h, client, session };
}

describe('sessions.create', () => {
  test('snapshots the Planned ending by default, as a draft with an empty record', async () => {
    const { h, session, client } = await started();
    expect(session).toMatchObject({
      rev: 1,
      clientId: client.id,
      kind: 'closing-session',
      status: 'draft',
    });
    expect(session.template).toMatchObject({
      id: 'planned-ending',
      version: 2,
      builtIn: true,
      plannedMinutes: 50,
    });
    expect(session.template.sections).toHaveLength(8);
    expect(session.content).toMatchObject({
      template: { id: 'planned-ending', version: 2 },
      answers: { 'return-policy': { text: DEFAULT_RETURN_POLICY } },
      reasonForEnding: null,
      riskConcern: false,
    });
    expect(Object.keys(session.content.answers)).toEqual(['return-policy']);
    expect(session.finalization).toMatchObject({
      status: 'draft',
      contentHash: null,
      amendments: [],
    });
    const [overview] = await h.call('clients.list');
    expect(overview!.documents).toEqual([
      expect.objectContaining({
        id: session.id,
        status: 'draft',
        templateId: 'planned-ending',
        templateName: 'Planned ending',
        reasonForEnding: null,
      }),
    ]);
    expect((await h.call('audit.list', { limit: 1 }))[0]).toMatchObject({
      type: 'session-created',
      recordId: session.id,
    });
  });

  test('"How to come back" starts from the Settings default, in any script; a blank default leaves it empty; it stays editable', async () => {
    const { h, client, session } = await started();
    expect(session.content.answers['return-policy']?.text).toBe(DEFAULT_RETURN_POLICY);
    for (const policy of [
      'Zoë Ørsted welcomes you back — call 555 0100.',
      'يمكنك العودة في أي وقت.',
      'אפשר לחזור בכל עת.',
      '随时欢迎回来。',
      'Ольга Петровна: звоните в любое время.',
    ]) {
      await h.call('settings.update', { handout: { returnPolicy: `  ${policy}\n` } });
      const next = await h.call('sessions.create', {
        clientId: client.id,
        templateId: 'brief-ending',
      });
      expect(next.content.answers['return-policy']?.text).toBe(policy);
      expect(missingRequiredIds(next)).not.toContain('return-policy');
      const edited = await h.call('sessions.update', {
        id: next.id,
        expectedRev: next.rev,
        changes: [answer('return-policy', { text: 'Email me.' })],
      });
      expect(edited.content.answers['return-policy']?.text).toBe('Email me.');
    }
    await h.call('settings.update', { handout: { returnPolicy: '   ' } });
    const blank = await h.call('sessions.create', { clientId: client.id });
    expect(blank.content.answers['return-policy']).toBeUndefined();
    expect(missingRequiredIds(blank)).toContain('return-policy');
  });

  test('a chosen template; a closure letter starts with Unplanned ending and "stopped attending"; unknown ids are not-found', async () => {
    const { h, client } = await started();
    expect(
      (await h.call('sessions.create', { clientId: client.id, templateId: 'brief-ending' }))
        .template.id,
    ).toBe('brief-ending');
    const letter = await h.call('sessions.create', { clientId: client.id, kind: 'closure-letter' });
    expect(letter.template.id).toBe('unplanned-ending');
    expect(letter.content.reasonForEnding).toEqual({ code: 'stopped-attending', otherText: '' });
    expect(
      await h.raw('sessions.create', { clientId: client.id, templateId: 'no-such-template' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await h.raw('sessions.create', { clientId: 'a'.repeat(32) })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('sessions.update (autosave)', () => {
  test('applies changes, bumps the revision and refuses a stale one', async () => {
    const { h, session } = await started();
    const saved = await h.call('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: [answer('opening-feelings', { covered: true, text: 'Nervous and proud' })],
    });
    expect(saved.rev).toBe(2);
    expect(saved.content.answers['opening-feelings']).toEqual({
      covered: true,
      text: 'Nervous and proud',
    });
    expect(
      await h.raw('sessions.update', {
        id: session.id,
        expectedRev: 1,
        changes: [{ op: 'risk', riskConcern: true }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await h.call('sessions.get', { id: session.id })).rev).toBe(2);
  });

  test('out-of-range PHQ-9 and GAD-7 scores are refused at dispatch with invalid-input, nothing stored', async () => {
    const { h, session } = await started();
    const score = (measureId: string, value: number, itemScores?: number[]) => ({
      id: session.id,
      expectedRev: 1,
      changes: [
        answer('measures', {
          scores: [
            {
              id: 's1',
              measureId,
              date: '2025-03-01',
              score: value,
              ...(itemScores ? { itemScores } : {}),
            },
          ],
        }),
      ],
    });
    for (const input of [
      score('phq-9', 28),
      score('phq-9', -1),
      score('gad-7', 22),
      score('gad-7', 2.5),
      score('phq-9', 4, [0, 0, 0, 0, 0, 0, 0, 0, 4]),
    ]) {
      const result = await h.raw('sessions.update', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(
        !result.ok && Object.keys(result.error.fields ?? {}).some((k) => k.includes('scores')),
      ).toBe(true);
    }
    expect((await h.call('sessions.get', { id: session.id })).rev).toBe(1);
    // The edges themselves are fine.
    const ok = await h.call('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: [
        answer('measures', {
          scores: [
            { id: 'a', measureId: 'phq-9', date: '2025-01-01', score: 27 },
            { id: 'b', measureId: 'gad-7', date: '2025-01-01', score: 0 },
          ],
        }),
      ],
    });
    expect(ok.content.answers.measures?.scores).toHaveLength(2);
  });

  test('a private reflection item cannot be switched into the handout', async () => {
    const { h, session } = await started();
    const result = await h.raw('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: [answer('reflection', { text: 'mine', inHandout: true })],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  test('100,000 characters, emoji, Arabic and Hebrew are kept exactly through save, lock and unlock', async () => {
    const { h, session } = await started();
    const long = 'ab🙂 '.repeat(20_000); // 100,000 characters (code points), 120,000 UTF-16 units
    const mixed = 'محمد الأحمد قال: "شكرًا" — דנה לוי: תודה רבה 🌱🫶🏽 e\u0301 Zoë';
    await h.call('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: [answer('what-helped', { text: long }), answer('closing-note', { text: mixed })],
    });
    await h.call('vault.lock');
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    const back = await h.call('sessions.get', { id: session.id });
    expect(back.content.answers['what-helped']?.text).toBe(long);
    expect(back.content.answers['closing-note']?.text).toBe(mixed);
    const tooLong = await h.raw('sessions.update', {
      id: session.id,
      expectedRev: 2,
      changes: [answer('what-helped', { text: 'x'.repeat(200_001) })],
    });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('200,000') },
    });
  });
});

describe('finalize, amend and verify', () => {
  test('lists what is missing, then locks with a timestamp and the SHA-256 of the canonical content', async () => {
    const clock = manualClock(Date.parse('2025-06-02T10:00:00Z'));
    const { h, session } = await started({ now: clock.now });
    const refused = await h.raw('sessions.finalize', { id: session.id, expectedRev: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!refused.ok && Object.keys(refused.error.fields ?? {}).sort()).toEqual([
      'coping-toolkit',
      'crisis-lines',
      'goals',
      'reason-for-ending',
      'risk-at-discharge',
      'warning-signs',
    ]);
    expect(await h.call('sessions.verify', { id: session.id })).toBe('draft');

    const filled = await h.call('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: REQUIRED,
    });
    expect(await h.raw('sessions.finalize', { id: session.id, expectedRev: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const done = await h.call('sessions.finalize', { id: session.id, expectedRev: filled.rev });
    const hash = createHash('sha256').update(canonicalize(filled.content), 'utf8').digest('hex');
    expect(done).toMatchObject({
      status: 'finalized',
      finalization: {
        status: 'finalized',
        finalizedAt: '2025-06-02T10:00:00.000Z',
        finalizedHash: hash,
        contentHash: hash,
      },
    });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await h.call('sessions.verify', { id: session.id })).toBe('verified');
    expect((await h.call('audit.list', { limit: 1 }))[0]).toMatchObject({
      type: 'session-finalized',
      recordId: session.id,
    });
    expect((await h.call('clients.list'))[0]!.documents[0]).toMatchObject({
      status: 'finalized',
      finalizedAt: '2025-06-02T10:00:00.000Z',
      reasonForEnding: 'goals-met',
    });
  });

  test('a finalized session changes only through an amendment: recorded with time, reason and summary; the hash verifies', async () => {
    const clock = manualClock(Date.parse('2025-06-02T10:00:00Z'));
    const { h, session } = await started({ now: clock.now });
    const filled = await h.call('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: REQUIRED,
    });
    const done = await h.call('sessions.finalize', { id: session.id, expectedRev: filled.rev });
    const change = [answer('return-policy', { text: 'Call or email the practice any time.' })];
    expect(
      await h.raw('sessions.update', { id: session.id, expectedRev: done.rev, changes: change }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(
      await h.raw('sessions.update', {
        id: session.id,
        expectedRev: done.rev,
        changes: change,
        amendment: { reason: '   ' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    clock.advance(86_400_000);
    const amended = await h.call('sessions.update', {
      id: session.id,
      expectedRev: done.rev,
      changes: change,
      amendment: { reason: 'Client asked to add email' },
    });
    expect(amended.status).toBe('finalized');
    expect(amended.finalization.amendments).toEqual([
      {
        at: '2025-06-03T10:00:00.000Z',
        reason: 'Client asked to add email',
        changes: ['Changed “How to come back” (Goodbye)'],
        contentHash: amended.finalization.contentHash,
      },
    ]);
    expect(amended.finalization.finalizedHash).toBe(done.finalization.finalizedHash);
    expect(amended.finalization.contentHash).not.toBe(done.finalization.finalizedHash);
    expect(await h.call('sessions.verify', { id: session.id })).toBe('verified');
    expect((await h.call('audit.list', { limit: 1 }))[0]).toMatchObject({
      type: 'session-amended',
      recordId: session.id,
    });
    expect(
      await h.raw('sessions.finalize', { id: session.id, expectedRev: amended.rev }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  test('risk marked: finalize is refused until the safety plan is filled', async () => {
    const { h, session } = await started();
    let s = await h.call('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: [...REQUIRED, { op: 'risk', riskConcern: true }],
    });
    const refused = await h.raw('sessions.finalize', { id: session.id, expectedRev: s.rev });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!refused.ok && refused.error.fields).toEqual({
      'safety-plan': expect.stringContaining('you marked a risk concern'),
    });
    s = await h.call('sessions.update', {
      id: session.id,
      expectedRev: s.rev,
      changes: [answer('safety-plan', { safetyPlan: { ...SAFETY_PLAN, saferSurroundings: [] } })],
    });
    expect(await h.raw('sessions.finalize', { id: session.id, expectedRev: s.rev })).toMatchObject({
      ok: false,
      error: {
        fields: { 'safety-plan': expect.stringContaining('“Making my surroundings safer”') },
      },
    });
    s = await h.call('sessions.update', {
      id: session.id,
      expectedRev: s.rev,
      changes: [answer('safety-plan', { safetyPlan: SAFETY_PLAN })],
    });
    expect((await h.call('sessions.finalize', { id: session.id, expectedRev: s.rev })).status).toBe(
      'finalized',
    );
  });

  test('a PHQ-9 item 9 above 0 on the latest score makes the safety plan required too', async () => {
    const { h, session } = await started();
    const items = [1, 1, 1, 1, 1, 1, 1, 1, 1];
    const s = await h.call('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: [
        ...REQUIRED,
        answer('measures', {
          scores: [
            { id: 's1', measureId: 'phq-9', date: '2025-05-01', score: 9, itemScores: items },
          ],
        }),
      ],
    });
    expect(await h.raw('sessions.finalize', { id: session.id, expectedRev: s.rev })).toMatchObject({
      ok: false,
      error: { fields: { 'safety-plan': expect.stringContaining('PHQ-9 item 9') } },
    });
  });

  test('a record changed behind the app (same hash, other content) reports a mismatch', async () => {
    const { h, session } = await started();
    const filled = await h.call('sessions.update', {
      id: session.id,
      expectedRev: 1,
      changes: REQUIRED,
    });
    const done = await h.call('sessions.finalize', { id: session.id, expectedRev: filled.rev });
    await h.call('vault.lock');
    // Rewrite the encrypted record with the vault's own key and codec, keeping the stored hash.
    const header = await readHeader(join(h.dataDir, 'vault'));
    const key = await unwrapWithPassphrase(header!, GOOD_PASSPHRASE);
    const store = new RecordStore(join(h.dataDir, 'vault', 'records'), createRecordCipher(key));
    const { status: _derived, ...record } = done;
    const tampered: SessionRecord = {
      ...record,
      content: {
        ...record.content,
        answers: { ...record.content.answers, 'return-policy': { text: 'changed' } },
      },
    };
    await store.write('session', session.id, done.rev + 1, tampered);
    key.fill(0);
    await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
    expect(await h.call('sessions.verify', { id: session.id })).toBe('mismatch');
  });
});
