// The template editor's methods through dispatch: built-ins read-only, copies as vault records,
// every saved change a new version, stale saves refused, removal as a tombstone.
import { describe, expect, test } from 'vitest';
import type { Template } from '../../../core/template';
import { addSection, moveSection, setItemRequired } from '../../../core/template';
import { GOOD_PASSPHRASE, harness } from '../vault/helpers';

async function unlocked() {
  const h = await harness();
  await h.call('vault.create', { passphrase: GOOD_PASSPHRASE });
  return h;
}

describe('template library and editor', () => {
  test('lists the built-ins first; opens one; refuses to save or remove a built-in', async () => {
    const { call, raw } = await unlocked();
    const library = await call('templates.library', {});
    expect(library.map((t) => [t.id, t.builtIn])).toEqual([
      ['planned-ending', true],
      ['brief-ending', true],
      ['unplanned-ending', true],
      ['transfer-of-care', true],
      ['ended-by-message', true],
    ]);
    const planned = await call('templates.open', { id: 'planned-ending' });
    expect(planned.sections).toHaveLength(8);
    const saved = await raw('templates.save', {
      template: { ...planned, name: 'Mine' },
      expectedVersion: planned.version,
    });
    expect(saved).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/built in/) },
    });
    expect(await raw('templates.remove', { id: 'planned-ending' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  test('duplicate → edit → save makes version 2; unchanged saves keep the version; stale saves conflict', async () => {
    const { call, raw } = await unlocked();
    const copy = await call('templates.duplicate', {
      id: 'planned-ending',
      name: 'Planned ending — couples',
    });
    expect(copy).toMatchObject({ version: 1, builtIn: false, name: 'Planned ending — couples' });
    expect(copy.id).toMatch(/^[0-9a-f]{32}$/);

    // The editor renames by setting the draft's name (checked when saved).
    let edited: Template = { ...copy, name: 'Couples ending' };
    edited = addSection(edited, { title: 'Shared future', timeHintMinutes: 10 }, 1).template;
    edited = moveSection(edited, copy.sections[0]!.id, 2);
    const firstPoint = edited.sections[1]!.items[0]!.id;
    edited = setItemRequired(edited, firstPoint, true);
    const v2 = await call('templates.save', { template: edited, expectedVersion: 1 });
    expect(v2.version).toBe(2);
    expect(v2.sections.map((s) => s.title).slice(0, 3)).toEqual([
      'Shared future',
      copy.sections[1]!.title,
      copy.sections[0]!.title,
    ]);
    expect(v2.sections[1]!.items[0]!.required).toBe(true);

    expect((await call('templates.save', { template: v2, expectedVersion: 2 })).version).toBe(2);
    expect(
      await raw('templates.save', { template: { ...copy, name: 'Old tab' }, expectedVersion: 1 }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const reopened = await call('templates.open', { id: copy.id });
    expect(reopened).toEqual(v2);
    const library = await call('templates.library', {});
    expect(library.at(-1)).toMatchObject({
      id: copy.id,
      name: 'Couples ending',
      version: 2,
      builtIn: false,
      sectionCount: 9,
    });
  });

  test('a template that breaks the rules is refused at dispatch with the rule', async () => {
    const { call, raw } = await unlocked();
    const copy = await call('templates.duplicate', { id: 'brief-ending' });
    expect(copy.name).toBe('Brief ending (copy)');
    const noSections = await raw('templates.save', {
      template: { ...copy, sections: [] },
      expectedVersion: 1,
    });
    expect(noSections).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'A template needs at least one section.' },
    });
    const wrongType = await raw('templates.save', {
      template: { ...copy, plannedMinutes: '50' },
      expectedVersion: 1,
    });
    expect(wrongType).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: { 'template.plannedMinutes': expect.any(String) } },
    });
  });

  test('removing a template hides it and resets the default template when it was the default', async () => {
    const { call, raw } = await unlocked();
    const copy = await call('templates.duplicate', { id: 'planned-ending' });
    await call('settings.update', { defaultTemplateId: copy.id });
    expect(await call('templates.remove', { id: copy.id })).toEqual({ id: copy.id });
    expect((await call('templates.library', {})).map((t) => t.id)).toEqual([
      'planned-ending',
      'brief-ending',
      'unplanned-ending',
      'transfer-of-care',
      'ended-by-message',
    ]);
    expect(await raw('templates.open', { id: copy.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect((await call('settings.get', {})).settings.defaultTemplateId).toBe('planned-ending');
  });
});
