/** Turning a zod validation error into what the app shows: one message and a message per field. */
import type { z } from 'zod';

/** One readable message (the first problem) and the first message for each field (dotted path; "_" for the whole value). */
export interface IssueSummary {
  message: string;
  fields: Record<string, string>;
}

/**
 * Summarises a zod error: the first issue's message (or `fallback`), and a map from each field's
 * dotted path to its first message. At most `limit` issues are read; `clip` shortens texts
 * that leave the process. The map has no prototype keys (a path may be "__proto__").
 */
export function summarizeIssues(
  error: z.ZodError,
  fallback: string,
  options: { limit?: number; clip?: (text: string) => string } = {},
): IssueSummary {
  const clip = options.clip ?? ((text: string) => text);
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const issue of error.issues.slice(0, options.limit ?? Infinity)) {
    fields[clip(issue.path.map(String).join('.') || '_')] ??= clip(issue.message);
  }
  return { message: clip(error.issues[0]?.message ?? fallback), fields: { ...fields } };
}
