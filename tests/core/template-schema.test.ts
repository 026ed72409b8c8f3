import { describe, expect, it } from 'vitest';
import { TemplateSchema, canIncludeInHandout, isInHandout } from '../../core/template';

const minimal = (items: unknown[], sectionExtra: object = {}) => ({
  id: 'mine',
  version: 1,
  name: 'Mine',
  sections: [
    { id: 's', title: 'S', items, ...sectionExtra },
    {
      id: 'end',
      title: 'End',
      items: [
        { kind: 'safety-plan', id: 'sp', label: 'Safety plan' },
        { kind: 'reason-for-ending', id: 'why', label: 'Why' },
      ],
    },
  ],
});

describe('template schema', () => {
  it('applies defaults', () => {
    const t = TemplateSchema.parse(
      minimal([
        { kind: 'list', id: 'a', label: 'A' },
        { kind: 'measures', id: 'm', label: 'M' },
      ]),
    );
    expect(t.builtIn).toBe(false);
    expect(t.plannedMinutes).toBe(50);
    const [list, measures] = t.sections[0]!.items;
    expect(list).toMatchObject({
      required: false,
      inHandoutDefault: false,
      private: false,
      columns: [{ id: 'text', label: 'Entry' }],
    });
    expect(measures).toMatchObject({ measureIds: ['phq-9', 'gad-7'] });
  });

  it('refuses duplicate ids, unknown kinds and unknown fields', () => {
    expect(
      TemplateSchema.safeParse(
        minimal([
          { kind: 'long-text', id: 'a', label: 'A' },
          { kind: 'short-text', id: 'a', label: 'B' },
        ]),
      ).success,
    ).toBe(false);
    expect(TemplateSchema.safeParse(minimal([{ kind: 'poem', id: 'a', label: 'A' }])).success).toBe(
      false,
    );
    expect(
      TemplateSchema.safeParse(minimal([{ kind: 'long-text', id: 'a', label: 'A', colour: 'red' }]))
        .success,
    ).toBe(false);
    expect(
      TemplateSchema.safeParse(minimal([{ kind: 'long-text', id: 'A B', label: 'A' }])).success,
    ).toBe(false);
    expect(TemplateSchema.safeParse({ ...minimal([]), sections: [] }).success).toBe(false);
    expect(
      TemplateSchema.safeParse(
        minimal([
          {
            kind: 'list',
            id: 'l',
            label: 'L',
            columns: [
              { id: 'x', label: 'X' },
              { id: 'x', label: 'Y' },
            ],
          },
        ]),
      ).success,
    ).toBe(false);
  });

  it('refuses a private item that would be in the handout', () => {
    expect(
      TemplateSchema.safeParse(
        minimal([
          { kind: 'long-text', id: 'a', label: 'A', private: true, inHandoutDefault: true },
        ]),
      ).success,
    ).toBe(false);
    expect(
      TemplateSchema.safeParse(minimal([{ kind: 'long-text', id: 'a', label: 'A', private: true }]))
        .success,
    ).toBe(true);
  });

  it('needs exactly one non-private safety plan and reason for ending', () => {
    const base = minimal([]);
    const without = {
      ...base,
      sections: [
        { id: 's', title: 'S', items: [{ kind: 'reason-for-ending', id: 'why', label: 'Why' }] },
      ],
    };
    expect(TemplateSchema.safeParse(without).success).toBe(false);
    expect(
      TemplateSchema.safeParse(minimal([{ kind: 'safety-plan', id: 'sp2', label: 'Another' }]))
        .success,
    ).toBe(false);
    const privatePlan = minimal([]);
    (privatePlan.sections[1]!.items[0] as { private?: boolean }).private = true;
    expect(TemplateSchema.safeParse(privatePlan).success).toBe(false);
  });

  it('refuses a non-private item inside a private section', () => {
    expect(
      TemplateSchema.safeParse(
        minimal([{ kind: 'long-text', id: 'a', label: 'A' }], { private: true }),
      ).success,
    ).toBe(false);
  });
});

describe('handout privacy rules', () => {
  const shared = { private: false };
  const priv = { private: true };
  it('a per-session choice overrides the default, except for private items', () => {
    expect(isInHandout(shared, { private: false, inHandoutDefault: false }, null)).toBe(false);
    expect(isInHandout(shared, { private: false, inHandoutDefault: false }, true)).toBe(true);
    expect(isInHandout(shared, { private: false, inHandoutDefault: true }, false)).toBe(false);
    expect(isInHandout(shared, { private: true, inHandoutDefault: false }, true)).toBe(false);
    expect(isInHandout(priv, { private: false, inHandoutDefault: true }, true)).toBe(false);
    expect(canIncludeInHandout(priv, { private: false })).toBe(false);
  });
});
