import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TemplateSchema,
  addItem,
  addSection,
  allItems,
  commitTemplateVersion,
  duplicateTemplate,
  moveItem,
  moveSection,
  removeItem,
  removeSection,
  setItemHandoutDefault,
  setItemRequired,
  setPlannedMinutes,
  snapshotTemplate,
  updateItem,
  updateSection,
  type Template,
} from '../../core/template';
import { AppError } from '../../core/result';
import { builtIn } from './template-fixtures';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : 'not-app-error';
  }
  return undefined;
}

const copy = (): Template => duplicateTemplate(builtIn('planned-ending'), { id: 'my-ending' });

describe('built-ins are read-only', () => {
  it('every edit on a built-in is a conflict', () => {
    const t = builtIn('planned-ending');
    expect(code(() => setPlannedMinutes(t, 45))).toBe('conflict');
    expect(code(() => addSection(t, { title: 'X' }))).toBe('conflict');
    expect(code(() => setItemRequired(t, 'goals', false))).toBe('conflict');
    expect(code(() => commitTemplateVersion(t, t))).toBe('conflict');
  });
  it('duplicating gives an editable version-1 copy and leaves the original untouched', () => {
    const original = builtIn('planned-ending');
    const before = JSON.stringify(original);
    const c = duplicateTemplate(original, { id: 'my-ending' });
    expect(c).toMatchObject({
      id: 'my-ending',
      version: 1,
      builtIn: false,
      name: 'Planned ending (copy)',
    });
    expect(duplicateTemplate(original, { id: 'x', name: '  Short  ' }).name).toBe('Short');
    expect(JSON.stringify(original)).toBe(before);
  });
});

describe('editing operations', () => {
  it('add, update, move and remove sections', () => {
    let t = copy();
    const added = addSection(t, { title: 'Ritual', timeHintMinutes: 3 }, 1);
    t = added.template;
    expect(t.sections[1]).toMatchObject({ id: added.sectionId, title: 'Ritual', items: [] });
    t = updateSection(t, added.sectionId, { guidance: 'Light a candle.' });
    t = moveSection(t, added.sectionId, 99);
    expect(t.sections.at(-1)?.id).toBe(added.sectionId);
    t = removeSection(t, added.sectionId);
    expect(t.sections.map((s) => s.id)).toEqual(copy().sections.map((s) => s.id));
    expect(code(() => removeSection(t, 'nope'))).toBe('not-found');
  });

  it('add, update, move and remove items; new ids never collide', () => {
    let t = copy();
    const a = addItem(
      t,
      'celebrate',
      { kind: 'talking-point', label: 'What will you celebrate next?' },
      0,
    );
    t = a.template;
    const b = addItem(t, 'celebrate', { kind: 'talking-point', label: 'Another' });
    t = b.template;
    expect(a.itemId).not.toBe(b.itemId);
    expect(t.sections.find((s) => s.id === 'celebrate')?.items[0]?.id).toBe(a.itemId);
    t = updateItem(t, a.itemId, { label: 'Changed', help: 'Help' });
    t = moveItem(t, a.itemId, { sectionId: 'goodbye', index: 0 });
    expect(t.sections.find((s) => s.id === 'goodbye')?.items[0]).toMatchObject({
      id: a.itemId,
      label: 'Changed',
      help: 'Help',
    });
    t = removeItem(t, a.itemId);
    expect(allItems(t).some(({ item }) => item.id === a.itemId)).toBe(false);
    expect(code(() => updateItem(t, 'goals', { label: '   ' }))).toBe('invalid-input');
    const list = addItem(t, 'celebrate', {
      kind: 'list',
      label: 'Gratitudes',
      columns: [{ id: 'who', label: 'Who' }],
    });
    expect(allItems(list.template).find(({ item }) => item.id === list.itemId)?.item).toMatchObject(
      { kind: 'list', columns: [{ id: 'who', label: 'Who' }] },
    );
  });

  it('mark required and set handout defaults, never for private items', () => {
    let t = setItemRequired(copy(), 'achievements', true);
    expect(allItems(t).find(({ item }) => item.id === 'achievements')?.item.required).toBe(true);
    t = setItemHandoutDefault(t, 'feedback-notes', true);
    expect(
      allItems(t).find(({ item }) => item.id === 'feedback-notes')?.item.inHandoutDefault,
    ).toBe(true);
    expect(code(() => setItemHandoutDefault(t, 'reflection', true))).toBe('invalid-input');
    expect(
      allItems(setItemHandoutDefault(t, 'reflection', false)).find(
        ({ item }) => item.id === 'reflection',
      )?.item,
    ).toMatchObject({ private: true, inHandoutDefault: false });
    expect(
      code(() =>
        addItem(t, 'private-reflection', { kind: 'long-text', label: 'x', inHandoutDefault: true }),
      ),
    ).toBe('invalid-input');
    const p = addItem(t, 'private-reflection', { kind: 'long-text', label: 'More thoughts' });
    expect(allItems(p.template).find(({ item }) => item.id === p.itemId)?.item.private).toBe(true);
  });

  it('moving an item into the private section makes it private and takes it out of the handout', () => {
    const t = moveItem(copy(), 'closing-note', { sectionId: 'private-reflection', index: 0 });
    expect(allItems(t).find(({ item }) => item.id === 'closing-note')?.item).toMatchObject({
      private: true,
      inHandoutDefault: false,
    });
  });

  it('a template keeps at least one section, and its safety plan and reason for ending', () => {
    let t = copy();
    expect(code(() => removeSection(t, 'continued-growth'))).toBe('invalid-input');
    expect(code(() => removeItem(t, 'reason-for-ending'))).toBe('invalid-input');
    expect(code(() => addItem(t, 'opening', { kind: 'safety-plan', label: 'Second plan' }))).toBe(
      'invalid-input',
    );
    expect(
      code(() => moveItem(t, 'safety-plan', { sectionId: 'private-reflection', index: 0 })),
    ).toBe('invalid-input');
    t = moveItem(t, 'safety-plan', { sectionId: 'opening', index: 0 });
    t = moveItem(t, 'reason-for-ending', { sectionId: 'opening', index: 0 });
    for (const s of t.sections.slice(1)) t = removeSection(t, s.id);
    expect(t.sections.map((s) => s.id)).toEqual(['opening']);
    expect(code(() => removeSection(t, 'opening'))).toBe('invalid-input');
  });
});

describe('versions and snapshots', () => {
  it('saving a changed copy bumps the version; an unchanged one keeps it', () => {
    const saved = copy();
    expect(commitTemplateVersion(saved, snapshotTemplate(saved))).toBe(saved);
    const v2 = commitTemplateVersion(saved, updateSection(saved, 'opening', { title: 'Renamed' }));
    expect(v2.version).toBe(2);
    expect(commitTemplateVersion(v2, setItemRequired(v2, 'strengths', true)).version).toBe(3);
    expect(code(() => commitTemplateVersion(saved, { ...saved, id: 'other' }))).toBe('conflict');
  });
  it('a session snapshot is unaffected by later edits', () => {
    const saved = copy();
    const snap = snapshotTemplate(saved);
    const edited = commitTemplateVersion(saved, removeItem(saved, 'goals'));
    expect(allItems(snap).some(({ item }) => item.id === 'goals')).toBe(true);
    expect(allItems(edited).some(({ item }) => item.id === 'goals')).toBe(false);
  });
});

describe('any sequence of edits keeps the template valid and private items private', () => {
  it('holds for random edit sequences', () => {
    const op = fc.oneof(
      fc.record({
        op: fc.constant('add-item' as const),
        section: fc.nat(20),
        handout: fc.boolean(),
        kind: fc.constantFrom('talking-point' as const, 'long-text' as const, 'list' as const),
      }),
      fc.record({
        op: fc.constant('move-item' as const),
        item: fc.nat(80),
        section: fc.nat(20),
        index: fc.integer({ min: -2, max: 30 }),
      }),
      fc.record({ op: fc.constant('remove-item' as const), item: fc.nat(80) }),
      fc.record({ op: fc.constant('handout' as const), item: fc.nat(80), on: fc.boolean() }),
      fc.record({
        op: fc.constant('move-section' as const),
        section: fc.nat(20),
        index: fc.integer({ min: -2, max: 12 }),
      }),
      fc.record({ op: fc.constant('add-section' as const), private: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let t = copy();
        for (const o of ops) {
          const items = allItems(t);
          const section = t.sections[('section' in o ? o.section : 0) % t.sections.length]!;
          const item = items[('item' in o ? o.item : 0) % Math.max(1, items.length)]?.item;
          try {
            if (o.op === 'add-item')
              t = addItem(t, section.id, {
                kind: o.kind,
                label: 'New',
                inHandoutDefault: o.handout,
              }).template;
            else if (o.op === 'add-section')
              t = addSection(t, { title: 'New', private: o.private }).template;
            else if (o.op === 'move-section') t = moveSection(t, section.id, o.index);
            else if (item && o.op === 'move-item')
              t = moveItem(t, item.id, { sectionId: section.id, index: o.index });
            else if (item && o.op === 'remove-item') t = removeItem(t, item.id);
            else if (item && o.op === 'handout') t = setItemHandoutDefault(t, item.id, o.on);
          } catch (e) {
            expect(e).toBeInstanceOf(AppError);
            expect((e as AppError).code).toBe('invalid-input');
          }
          expect(TemplateSchema.safeParse(t).success).toBe(true);
          for (const { section: s, item: i } of allItems(t))
            if (s.private || i.private) expect(i.inHandoutDefault).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
