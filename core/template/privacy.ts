/**
 * Privacy rules for template items. The clinician's private reflection never reaches anything
 * the client sees: not the client view, not the handout, not the closure letter. These checks
 * are the single place that decides it, and client-facing code calls them.
 */
import { AppError } from '../result';
import type { TemplateItem, TemplateSection } from './template-schema';

/** True when an item is the clinician's own (private itself, or in a private section). */
export function isPrivateItem(
  section: Pick<TemplateSection, 'private'>,
  item: Pick<TemplateItem, 'private'>,
): boolean {
  return section.private || item.private;
}

/** True when an item may ever appear in client-facing output. */
export function canIncludeInHandout(
  section: Pick<TemplateSection, 'private'>,
  item: Pick<TemplateItem, 'private'>,
): boolean {
  return !isPrivateItem(section, item);
}

/**
 * Decides whether an item is in the handout: the per-session choice when one was made, else the
 * template's default — and never for a private item, whatever was asked.
 */
export function isInHandout(
  section: Pick<TemplateSection, 'private'>,
  item: Pick<TemplateItem, 'private' | 'inHandoutDefault'>,
  override: boolean | null | undefined,
): boolean {
  if (!canIncludeInHandout(section, item)) return false;
  return override ?? item.inHandoutDefault;
}

/** Throws `invalid-input` when asked to put a private item into the handout. */
export function assertHandoutAllowed(
  section: Pick<TemplateSection, 'private'>,
  item: Pick<TemplateItem, 'private' | 'label'>,
  include: boolean,
): void {
  if (include && !canIncludeInHandout(section, item)) {
    throw new AppError(
      'invalid-input',
      `“${item.label}” is part of your private reflection and is never shared in the handout.`,
    );
  }
}
