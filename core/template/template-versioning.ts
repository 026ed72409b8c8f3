/**
 * Template versions and snapshots. Editing works on a copy; saving it with
 * `commitTemplateVersion` gives it the next version number when anything changed. A session
 * stores `snapshotTemplate(...)` of the version it started with and renders from that snapshot
 * forever after, so later edits never change a past session.
 */
import { AppError } from '../result';
import { summarizeIssues } from '../zod-issues';
import { canonicalJson } from '../checklist/canonical-json';
import type { Template } from './template-schema';
import { TemplateSchema } from './template-schema';

/** Parses a template, turning schema problems into an `invalid-input` AppError with per-field messages. */
export function checkTemplate(value: unknown): Template {
  const parsed = TemplateSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const { message, fields } = summarizeIssues(parsed.error, 'The template is not valid.');
  throw new AppError('invalid-input', message, fields);
}

/** A deep, independent copy of a template for a session to keep. */
export function snapshotTemplate(template: Template): Template {
  return JSON.parse(JSON.stringify(template)) as Template;
}

/** True when two templates have the same content, ignoring their version numbers. */
export function sameTemplateContent(a: Template, b: Template): boolean {
  return canonicalJson({ ...a, version: 0 }) === canonicalJson({ ...b, version: 0 });
}

/** Throws `conflict` for a built-in template: those are read-only and must be duplicated first. */
export function assertEditable(template: Pick<Template, 'builtIn' | 'name'>): void {
  if (template.builtIn) {
    throw new AppError(
      'conflict',
      `“${template.name}” is built in and cannot be changed. Make a copy to edit it.`,
    );
  }
}

/**
 * Saves an edited copy of a template: the next version when anything changed, the saved one
 * unchanged otherwise. Refuses built-ins, a different id, and invalid templates.
 */
export function commitTemplateVersion(saved: Template, edited: Template): Template {
  assertEditable(saved);
  if (edited.id !== saved.id)
    throw new AppError('conflict', 'The edited template is a different template.');
  const checked = checkTemplate({ ...edited, builtIn: false });
  if (sameTemplateContent(saved, checked)) return saved;
  return { ...checked, version: saved.version + 1 };
}

/**
 * Makes an editable copy of any template (built-in or not) under a new id, at version 1.
 * The copy's name defaults to the original's name with "(copy)".
 */
export function duplicateTemplate(
  template: Template,
  copy: { id: string; name?: string },
): Template {
  const name = copy.name?.trim() || `${template.name} (copy)`.slice(0, 120);
  return checkTemplate({
    ...snapshotTemplate(template),
    id: copy.id,
    name,
    version: 1,
    builtIn: false,
  });
}
