/**
 * Pure editing operations for the template editor. Each takes a template and returns a new,
 * valid template (the input is never changed); built-ins are refused with `conflict`, unknown
 * ids with `not-found`, and results that would break the schema with `invalid-input`.
 * Versions are not bumped here: save the result with `commitTemplateVersion`.
 */
import { AppError } from '../result';
import { assertHandoutAllowed } from './privacy';
import { freshId, requireItem, requireSectionIndex } from './template-lookup';
import type {
  ItemKind,
  ListColumn,
  Template,
  TemplateItem,
  TemplateSection,
} from './template-schema';
import { assertEditable, checkTemplate, snapshotTemplate } from './template-versioning';

function edit(template: Template, change: (draft: Template) => void): Template {
  assertEditable(template);
  const draft = snapshotTemplate(template);
  change(draft);
  return checkTemplate(draft);
}

function move<T>(list: T[], from: number, to: number): void {
  const [moved] = list.splice(from, 1);
  if (moved === undefined) return;
  list.splice(Math.max(0, Math.min(to, list.length)), 0, moved);
}

/** Sets the planned session length in minutes. */
export function setPlannedMinutes(template: Template, minutes: number): Template {
  return edit(template, (t) => {
    t.plannedMinutes = minutes;
  });
}

/** What a new section needs; the id is chosen for it. */
export interface NewSection {
  title: string;
  guidance?: string;
  timeHintMinutes?: number;
  private?: boolean;
}

/** Adds a section at `index` (default: the end) and returns the template and the new section's id. */
export function addSection(
  template: Template,
  spec: NewSection,
  index?: number,
): { template: Template; sectionId: string } {
  const sectionId = freshId(template, 'section');
  const section: TemplateSection = {
    id: sectionId,
    title: spec.title.trim(),
    guidance: spec.guidance ?? '',
    timeHintMinutes: spec.timeHintMinutes ?? 5,
    private: spec.private ?? false,
    items: [],
  };
  const next = edit(template, (t) => {
    t.sections.splice(index ?? t.sections.length, 0, section);
  });
  return { template: next, sectionId };
}

/** Removes a section and its items. A template keeps at least one section. */
export function removeSection(template: Template, sectionId: string): Template {
  const index = requireSectionIndex(template, sectionId);
  if (template.sections.length === 1)
    throw new AppError('invalid-input', 'A template needs at least one section.');
  return edit(template, (t) => {
    t.sections.splice(index, 1);
  });
}

/** Moves a section to a new position (clamped to the list). */
export function moveSection(template: Template, sectionId: string, toIndex: number): Template {
  const index = requireSectionIndex(template, sectionId);
  return edit(template, (t) => move(t.sections, index, toIndex));
}

/** Changes a section's title, guidance or time hint. */
export function updateSection(
  template: Template,
  sectionId: string,
  patch: Partial<Pick<TemplateSection, 'title' | 'guidance' | 'timeHintMinutes'>>,
): Template {
  const index = requireSectionIndex(template, sectionId);
  return edit(template, (t) => {
    const s = t.sections[index]!;
    if (patch.title !== undefined) s.title = patch.title.trim();
    if (patch.guidance !== undefined) s.guidance = patch.guidance;
    if (patch.timeHintMinutes !== undefined) s.timeHintMinutes = patch.timeHintMinutes;
  });
}

/** What a new item needs; the id is chosen for it. */
export interface NewItem {
  kind: ItemKind;
  label: string;
  help?: string;
  required?: boolean;
  inHandoutDefault?: boolean;
  columns?: ListColumn[];
  measureIds?: string[];
}

/** Adds an item to a section at `index` (default: the end) and returns the template and the new item's id. */
export function addItem(
  template: Template,
  sectionId: string,
  spec: NewItem,
  index?: number,
): { template: Template; itemId: string } {
  const sectionIndex = requireSectionIndex(template, sectionId);
  const section = template.sections[sectionIndex]!;
  const itemId = freshId(template, spec.kind === 'talking-point' ? 'point' : 'item');
  assertHandoutAllowed(
    section,
    { private: section.private, label: spec.label },
    spec.inHandoutDefault ?? false,
  );
  const base = {
    id: itemId,
    label: spec.label.trim(),
    help: spec.help ?? '',
    required: spec.required ?? false,
    inHandoutDefault: spec.inHandoutDefault ?? false,
    private: section.private,
  };
  const item =
    spec.kind === 'list'
      ? { ...base, kind: spec.kind, columns: spec.columns ?? [{ id: 'text', label: 'Entry' }] }
      : spec.kind === 'measures'
        ? { ...base, kind: spec.kind, measureIds: spec.measureIds ?? ['phq-9', 'gad-7'] }
        : { ...base, kind: spec.kind };
  const next = edit(template, (t) => {
    const items = t.sections[sectionIndex]!.items;
    items.splice(index ?? items.length, 0, item as TemplateItem);
  });
  return { template: next, itemId };
}

/** Removes an item. */
export function removeItem(template: Template, itemId: string): Template {
  const at = requireItem(template, itemId);
  return edit(template, (t) => {
    t.sections[at.sectionIndex]!.items.splice(at.itemIndex, 1);
  });
}

/**
 * Moves an item within its section or into another one. Moving into a private section makes it
 * private (and out of the handout); moving out of one does not switch the handout on.
 */
export function moveItem(
  template: Template,
  itemId: string,
  to: { sectionId?: string; index: number },
): Template {
  const at = requireItem(template, itemId);
  const targetIndex =
    to.sectionId === undefined ? at.sectionIndex : requireSectionIndex(template, to.sectionId);
  return edit(template, (t) => {
    const [item] = t.sections[at.sectionIndex]!.items.splice(at.itemIndex, 1);
    if (!item) return;
    const target = t.sections[targetIndex]!;
    item.private = target.private;
    if (target.private) item.inHandoutDefault = false;
    target.items.splice(Math.max(0, Math.min(to.index, target.items.length)), 0, item);
  });
}

/** Changes an item's label or help text. */
export function updateItem(
  template: Template,
  itemId: string,
  patch: { label?: string; help?: string },
): Template {
  const at = requireItem(template, itemId);
  return edit(template, (t) => {
    const item = t.sections[at.sectionIndex]!.items[at.itemIndex]!;
    if (patch.label !== undefined) item.label = patch.label.trim();
    if (patch.help !== undefined) item.help = patch.help;
  });
}

/** Marks an item required (or not) before a session can be finalized. */
export function setItemRequired(template: Template, itemId: string, required: boolean): Template {
  const at = requireItem(template, itemId);
  return edit(template, (t) => {
    t.sections[at.sectionIndex]!.items[at.itemIndex]!.required = required;
  });
}

/** Sets whether an item is in the handout by default. Refused for private items. */
export function setItemHandoutDefault(
  template: Template,
  itemId: string,
  include: boolean,
): Template {
  const at = requireItem(template, itemId);
  assertHandoutAllowed(at.section, at.item, include);
  return edit(template, (t) => {
    t.sections[at.sectionIndex]!.items[at.itemIndex]!.inHandoutDefault = include;
  });
}
