import { expect, test } from 'vitest';
import { GOOD_PASSPHRASE, harness } from './vault/helpers';

async function withClient() {
  const h = await harness();
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  const client = await h.call('clients.create', { displayName: 'محمد الأحمد' });
  return { h, client };
}

test('clients.setHandoutLanguage saves the language and direction, audited with ids only, kept across a lock', async () => {
  const { h, client } = await withClient();
  expect(client.language).toBe('en');
  const saved = await h.call('clients.setHandoutLanguage', { id: client.id, language: 'ar' });
  expect(saved).toMatchObject({ id: client.id, language: 'ar', direction: 'rtl', rev: 2 });
  expect(saved.displayName).toBe('محمد الأحمد');
  const events = await h.call('audit.list', { limit: 5 });
  expect(events[0]).toMatchObject({
    type: 'client-updated',
    recordKind: 'client',
    recordId: client.id,
  });
  expect(JSON.stringify(events)).not.toMatch(/محمد/);

  await h.call('vault.lock', { reason: 'user' });
  await h.call('vault.unlock', { passphrase: GOOD_PASSPHRASE });
  expect(await h.call('clients.get', { id: client.id })).toMatchObject({
    language: 'ar',
    direction: 'rtl',
    rev: 2,
  });
  const list = await h.call('clients.list');
  expect(list[0]?.client.language).toBe('ar');
  // Back to a left-to-right language.
  expect(
    await h.call('clients.setHandoutLanguage', { id: client.id, language: 'es' }),
  ).toMatchObject({ language: 'es', direction: 'ltr', rev: 3 });
});

test('clients.setHandoutLanguage refuses bad payloads and languages without a complete catalogue', async () => {
  const { h, client } = await withClient();
  for (const input of [
    {},
    { id: client.id },
    { language: 'ar' },
    { id: 'not an id', language: 'ar' },
    { id: client.id, language: 7 },
    { id: client.id, language: 'ar', displayName: 'Zoë Ørsted' },
    { id: client.id, language: 'xx' },
    // In the language list but its catalogue is not complete.
    { id: client.id, language: 'it' },
    { id: client.id, language: 'AR' },
  ])
    expect(await h.raw('clients.setHandoutLanguage', input), JSON.stringify(input)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  expect(await h.call('clients.get', { id: client.id })).toMatchObject({ language: 'en', rev: 1 });
});

test('clients.setHandoutLanguage answers not-found for an unknown client', async () => {
  const { h } = await withClient();
  expect(
    await h.raw('clients.setHandoutLanguage', { id: 'a'.repeat(32), language: 'es' }),
  ).toMatchObject({ ok: false, error: { code: 'not-found' } });
});
