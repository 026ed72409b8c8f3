/** Finding sections and items in a template. */
import { AppError } from '../result';
import type { Template, TemplateItem, TemplateSection } from './template-schema';

/** An item together with the section it sits in and both positions. */
export interface LocatedItem {
  section: TemplateSection;
  sectionIndex: number;
  item: TemplateItem;
  itemIndex: number;
}

/** Finds an item by id, or undefined. */
export function findItem(template: Template, itemId: string): LocatedItem | undefined {
  for (const [sectionIndex, section] of template.sections.entries()) {
    const itemIndex = section.items.findIndex((i) => i.id === itemId);
    const item = section.items[itemIndex];
    if (item) return { section, sectionIndex, item, itemIndex };
  }
  return undefined;
}

/** Finds an item by id or throws `not-found`. */
export function requireItem(template: Template, itemId: string): LocatedItem {
  const found = findItem(template, itemId);
  if (!found) throw new AppError('not-found', 'That item is not in this template.');
  return found;
}

/** Finds a section's index by id or throws `not-found`. */
export function requireSectionIndex(template: Template, sectionId: string): number {
  const index = template.sections.findIndex((s) => s.id === sectionId);
  if (index < 0) throw new AppError('not-found', 'That section is not in this template.');
  return index;
}

/** Every item in template order, with its section. */
export function allItems(template: Template): { section: TemplateSection; item: TemplateItem }[] {
  return template.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
}

/** Returns `${prefix}-N` with the smallest N ≥ 1 that no section or item uses yet. */
export function freshId(template: Template, prefix: string): string {
  const used = new Set(template.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]));
  for (let n = 1; ; n += 1) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}
