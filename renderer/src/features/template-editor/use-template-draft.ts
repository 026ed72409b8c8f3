import { useState } from 'react';
import {
  addItem,
  findItem,
  addSection,
  moveItem,
  moveSection,
  removeItem,
  removeSection,
  setItemHandoutDefault,
  setItemRequired,
  type Template,
  type TemplateSection,
} from '../../../../core/template';

import { t } from '../../i18n/t';

/** The edits the editor's rows can make; each returns whether it was applied. */
export interface TemplateEdits {
  rename: (name: string) => void;
  setPlannedMinutes: (minutes: number) => void;
  updateSection: (sectionId: string, patch: Partial<Pick<TemplateSection, 'title'>>) => void;
  moveSection: (sectionId: string, toIndex: number) => boolean;
  removeSection: (sectionId: string) => boolean;
  addSection: (title: string) => boolean;
  updateItem: (itemId: string, patch: { label: string }) => void;
  moveItem: (itemId: string, toIndex: number) => boolean;
  removeItem: (itemId: string) => boolean;
  addPoint: (sectionId: string, label: string) => boolean;
  setRequired: (itemId: string, required: boolean) => boolean;
  setInHandout: (itemId: string, include: boolean) => boolean;
}

/**
 * Holds the template being edited. Structural edits go through core's template operations (so
 * the draft always keeps the template rules); typing in a name or label changes the draft
 * directly and is checked when saved. `announcement` says what moved, for screen readers.
 */
export function useTemplateDraft(initial: Template) {
  const [draft, setDraft] = useState<Template>(initial);
  const [error, setError] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [dirty, setDirty] = useState(false);

  const apply = (
    change: (current: Template) => Template,
    announce?: (next: Template) => string,
  ): boolean => {
    try {
      const next = change(draft);
      setDraft(next);
      setDirty(true);
      setError('');
      if (announce) setAnnouncement(announce(next));
      return true;
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : t('templateEditor.editFailed'));
      return false;
    }
  };
  const typed = (change: (copy: Template) => void) => {
    const copy = structuredClone(draft);
    change(copy);
    setDraft(copy);
    setDirty(true);
  };
  const movedTo = (title: string, position: number, total: number) =>
    t('templateEditor.moved', { name: title, position, total });

  const edits: TemplateEdits = {
    rename: (name) => typed((c) => void (c.name = name)),
    setPlannedMinutes: (minutes) => typed((c) => void (c.plannedMinutes = minutes)),
    updateSection: (sectionId, patch) =>
      typed((c) => void Object.assign(c.sections.find((s) => s.id === sectionId) ?? {}, patch)),
    moveSection: (sectionId, toIndex) => {
      if (toIndex < 0 || toIndex >= draft.sections.length) return false;
      return apply(
        (c) => moveSection(c, sectionId, toIndex),
        (n) => {
          const at = n.sections.findIndex((s) => s.id === sectionId);
          return movedTo(n.sections[at]?.title ?? '', at + 1, n.sections.length);
        },
      );
    },
    removeSection: (sectionId) =>
      apply(
        (c) => removeSection(c, sectionId),
        () => t('templateEditor.removed'),
      ),
    addSection: (title) =>
      apply(
        (c) => addSection(c, { title }).template,
        () => t('templateEditor.sectionAdded', { name: title.trim() }),
      ),
    updateItem: (itemId, patch) =>
      typed((c) => {
        const at = findItem(c, itemId);
        if (at) c.sections[at.sectionIndex]!.items[at.itemIndex]!.label = patch.label;
      }),
    moveItem: (itemId, toIndex) => {
      const at = findItem(draft, itemId);
      if (!at || toIndex < 0 || toIndex >= at.section.items.length) return false;
      return apply(
        (c) => moveItem(c, itemId, { index: toIndex }),
        (n) => {
          const moved = findItem(n, itemId);
          return movedTo(
            moved?.item.label ?? '',
            (moved?.itemIndex ?? 0) + 1,
            moved?.section.items.length ?? 0,
          );
        },
      );
    },
    removeItem: (itemId) =>
      apply(
        (c) => removeItem(c, itemId),
        () => t('templateEditor.removed'),
      ),
    addPoint: (sectionId, label) =>
      apply(
        (c) => addItem(c, sectionId, { kind: 'talking-point', label }).template,
        () => t('templateEditor.pointAdded', { name: label.trim() }),
      ),
    setRequired: (itemId, required) => apply((c) => setItemRequired(c, itemId, required)),
    setInHandout: (itemId, include) => apply((c) => setItemHandoutDefault(c, itemId, include)),
  };

  return { draft, setDraft, edits, error, setError, announcement, dirty, setDirty };
}
