// The Unplanned ending's guidance says the clinician's outreach plan from Settings: a session
// started after the plan changes snapshots the new wording; one started before keeps its own.
import { describe, expect, test } from 'vitest';
import { DEFAULT_OUTREACH_WORDING } from '../../../core/settings/outreach-plan';
import { GOOD_PASSPHRASE, harness } from '../vault/helpers';

describe('outreach plan in the runner guidance', () => {
  test('a new unplanned ending says the plan in Settings; the default until it is changed', async () => {
    const h = await harness();
    await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
    const client = await h.call('clients.create', {
      displayName: 'Zoë Ørsted',
      pronouns: '',
      recordCode: 'RC-4401',
    });
    const guidance = (s: { template: { sections: { guidance: string }[] } }) =>
      s.template.sections.map((x) => x.guidance).join('\n');

    const before = await h.call('sessions.create', { clientId: client.id, kind: 'closure-letter' });
    expect(guidance(before)).toContain(DEFAULT_OUTREACH_WORDING);

    await h.call('settings.update', {
      outreachPlan: { minAttempts: 3, maxAttempts: 4, minWeeks: 3, maxWeeks: 6 },
    });
    const after = await h.call('sessions.create', { clientId: client.id, kind: 'closure-letter' });
    expect(guidance(after)).toContain('usually three or four attempts over three to six weeks');
    expect(guidance(after)).not.toContain(DEFAULT_OUTREACH_WORDING);
    // The session started before keeps the wording it started with.
    expect(guidance(await h.call('sessions.get', { id: before.id }))).toContain(
      DEFAULT_OUTREACH_WORDING,
    );
    // Other templates are unchanged.
    const planned = await h.call('sessions.create', { clientId: client.id });
    expect(guidance(planned)).not.toContain('three or four attempts');
  });
});
