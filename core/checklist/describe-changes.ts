/** Plain-language summaries of what changed between two versions of a session's content, for amendments. */
import { allItems } from '../template/template-lookup';
import type { Template } from '../template/template-schema';
import { canonicalJson } from './canonical-json';
import type { SessionContent } from './content-schema';

const RECORD_FIELDS: [keyof SessionContent, string][] = [
  ['reasonForEnding', 'Reason for ending'],
  ['riskConcern', 'Risk concern'],
  ['riskAtDischarge', 'Risk at discharge'],
  ['checkIn', 'Check-in'],
  ['courseOfCare', 'Course of care'],
  ['outreach', 'Outreach log'],
  ['customMeasures', 'Custom measures'],
];

/**
 * Lists what differs between two contents, one line per changed item or record field, in
 * template order, e.g. "Changed “How to come back” (Goodbye)". Empty when nothing changed.
 */
export function describeChanges(
  template: Template,
  before: SessionContent,
  after: SessionContent,
): string[] {
  const lines: string[] = [];
  for (const { section, item } of allItems(template)) {
    const a = before.answers[item.id];
    const b = after.answers[item.id];
    if (canonicalJson(a ?? {}) !== canonicalJson(b ?? {}))
      lines.push(`Changed “${item.label}” (${section.title})`);
  }
  for (const [key, label] of RECORD_FIELDS) {
    if (canonicalJson(before[key] ?? null) !== canonicalJson(after[key] ?? null))
      lines.push(`Changed ${label.toLowerCase()}`);
  }
  return lines;
}
