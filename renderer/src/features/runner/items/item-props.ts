import { flushSync } from 'react-dom';
import type { ContentChange, ItemAnswer, SessionContent } from '../../../../../core/checklist';
import type { TemplateItem, TemplateSection } from '../../../../../core/template';

/** What every item editor receives. */
export interface ItemProps<K extends TemplateItem['kind'] = TemplateItem['kind']> {
  section: TemplateSection;
  item: Extract<TemplateItem, { kind: K }>;
  answer: ItemAnswer | undefined;
  content: SessionContent;
  readOnly: boolean;
  /** Applies a change; returns a message when it cannot be taken. */
  onChange: (change: ContentChange) => string | null;
}

/** A fresh id for a list row, goal, score or referral (32 hex characters). */
export function newEntryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Today's date as YYYY-MM-DD in the clinician's time zone. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Moves an element of a list to another position, returning a new list. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item === undefined || to < 0 || to > next.length) return [...list];
  next.splice(to, 0, item);
  return next;
}

/**
 * Adds a row and moves focus to the first field of the item's last row at once (the change is
 * drawn synchronously, so typing that follows immediately lands in the new row).
 */
export function addRowAndFocus(itemId: string, add: () => void, selector = 'li'): void {
  flushSync(add);
  const rows = document.querySelectorAll<HTMLElement>(`[data-item="${itemId}"] ${selector}`);
  rows[rows.length - 1]?.querySelector<HTMLElement>('textarea, input, select')?.focus();
}
