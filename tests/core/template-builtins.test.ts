import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BUILT_IN_TEMPLATE_IDS,
  ITEM_KINDS,
  TemplateSchema,
  WELL_KNOWN_ITEM_IDS,
  allItems,
  parseBuiltInTemplate,
} from '../../core/template';
import { AppError } from '../../core/result';
import { FILES, builtIn, readTemplateJson } from './template-fixtures';

describe('built-in template files', () => {
  it('ship exactly the listed files, each valid against the schema', () => {
    const onDisk = readdirSync(
      fileURLToPath(new URL('../../resources/templates/', import.meta.url)),
    ).filter((f) => f.endsWith('.json'));
    expect(onDisk.sort()).toEqual([...FILES].sort());
    for (const file of FILES) {
      const parsed = TemplateSchema.safeParse(readTemplateJson(file));
      expect(parsed.success, `${file}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });

  it('Planned ending has the eight sections of the design, in order, each with 3–6 talking points', () => {
    const t = builtIn('planned-ending');
    expect(t.builtIn).toBe(true);
    expect(t.sections.map((s) => s.title)).toEqual([
      'Opening',
      'Review progress',
      'Celebrate',
      'Continued growth',
      'Referrals and resources',
      'Feedback and repair',
      'Goodbye',
      'Private reflection',
    ]);
    for (const s of t.sections) {
      const points = s.items.filter((i) => i.kind === 'talking-point').length;
      expect(points, s.title).toBeGreaterThanOrEqual(3);
      expect(points, s.title).toBeLessThanOrEqual(6);
      expect(s.guidance.length, s.title).toBeGreaterThan(40);
    }
  });

  it('Planned ending holds every well-known item and uses every item kind', () => {
    const t = builtIn('planned-ending');
    const ids = allItems(t).map(({ item }) => item.id);
    for (const id of Object.values(WELL_KNOWN_ITEM_IDS)) expect(ids).toContain(id);
    expect(new Set(allItems(t).map(({ item }) => item.kind))).toEqual(new Set(ITEM_KINDS));
    const labels = allItems(t).map(({ item }) => item.label);
    expect(labels).toContain('What are you most proud of from our work together?');
    expect(labels).toContain('What might tell you that old patterns are coming back?');
  });

  it('keeps the private reflection private and out of the handout in both built-ins', () => {
    for (const id of ['planned-ending', 'brief-ending'] as const) {
      const t = builtIn(id);
      const priv = t.sections.filter((s) => s.private);
      expect(priv.map((s) => s.id)).toEqual(['private-reflection']);
      for (const item of priv[0]!.items) {
        expect(item.private).toBe(true);
        expect(item.inHandoutDefault).toBe(false);
      }
      // Feedback notes stay out of the handout by default.
      expect(
        allItems(t).find(({ item }) => item.id === 'feedback-notes')?.item.inHandoutDefault,
      ).toBe(false);
    }
  });

  it('Brief ending is shorter and still has the essentials', () => {
    const brief = builtIn('brief-ending');
    const planned = builtIn('planned-ending');
    expect(brief.plannedMinutes).toBeLessThan(planned.plannedMinutes);
    expect(allItems(brief).length).toBeLessThan(allItems(planned).length);
    const ids = allItems(brief).map(({ item }) => item.id);
    for (const id of [
      'goals',
      'safety-plan',
      'crisis-lines',
      'return-policy',
      'reason-for-ending',
      'reflection',
    ])
      expect(ids).toContain(id);
  });

  it('the section time hints of every built-in add up to its planned minutes', () => {
    for (const id of BUILT_IN_TEMPLATE_IDS) {
      const t = builtIn(id);
      expect(
        t.sections.reduce((n, s) => n + s.timeHintMinutes, 0),
        id,
      ).toBe(t.plannedMinutes);
    }
  });

  it('refuses a broken or unknown file as an internal fault', () => {
    const json = readTemplateJson('planned-ending.json') as {
      sections: { items: { inHandoutDefault: boolean }[] }[];
    };
    json.sections[7]!.items[0]!.inHandoutDefault = true;
    expect(() => parseBuiltInTemplate(json)).toThrow(AppError);
    try {
      parseBuiltInTemplate(json);
    } catch (e) {
      expect((e as AppError).code).toBe('internal');
    }
    expect(() =>
      parseBuiltInTemplate({ ...(readTemplateJson('brief-ending.json') as object), id: 'my-own' }),
    ).toThrow(/built-in template/);
  });
});
