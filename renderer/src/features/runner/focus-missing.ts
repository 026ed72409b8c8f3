/**
 * Where "Go there" puts the keyboard for an item that still needs something: the first empty
 * field, never the item's "include in handout" switch (one Space there would silently drop the
 * item from the handout).
 */

const FIELDS =
  'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), textarea, select';
const CONTROLS = 'input, textarea, select, button';

const isEmpty = (el: HTMLElement) =>
  !(el instanceof HTMLSelectElement) &&
  (el as HTMLInputElement | HTMLTextAreaElement).value.trim() === '';
const usable = (el: HTMLElement) =>
  !el.closest('[aria-hidden="true"]') &&
  !(el as HTMLInputElement).disabled &&
  el.getAttribute('role') !== 'switch';

/**
 * The control to focus inside `scope`: its first empty, editable field; else its first control that
 * is not a handout switch (e.g. a step's "Add an entry" button, a ticked-box, a select).
 */
export function firstEmptyControl(scope: ParentNode): HTMLElement | null {
  const fields = [...scope.querySelectorAll<HTMLElement>(FIELDS)].filter(usable);
  const empty = fields.find((el) => isEmpty(el) && !(el as HTMLInputElement).readOnly);
  if (empty) return empty;
  return (
    [...scope.querySelectorAll<HTMLElement>(CONTROLS)]
      .filter(usable)
      .find((el) => !fields.includes(el) || !isEmpty(el)) ?? null
  );
}

/**
 * Focuses where an item still needs filling in. `partIds` narrows it to the item's parts still
 * missing, in order (a safety plan's empty steps, drawn with `data-item="<item>-<step>"`).
 */
export function focusMissing(itemId: string, partIds: readonly string[] = []): void {
  const item = document.querySelector<HTMLElement>(
    `[data-item="${CSS.escape(itemId)}"], [data-talking-point="${CSS.escape(itemId)}"]`,
  );
  if (!item) return;
  const part = partIds
    .map((id) => item.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`))
    .find(Boolean);
  firstEmptyControl(part ?? item)?.focus();
}
