/** Turns one answered template item into document blocks, for the handout and the record. */
import type {
  CrisisLineSnapshot,
  GoalRow,
  ListEntry,
  ReferralSnapshot,
  SafetyPlan,
} from '../checklist/answer-schema';
import { SAFETY_PLAN_STEPS } from '../checklist/safety-plan';
import type { ClientFacingItem } from '../checklist/client-facing';
import type { CalloutContent, DocumentBlock, ListBlock, TableBlock } from '../document/blocks';
import type { InlineText } from '../document/inline-text';
import type { ListColumn } from '../template/template-schema';
import type { CatalogueKey } from '../handout-i18n/catalogue';
import { type DocumentWords, documentWords } from '../handout-i18n/document-words';

/** Text the clinician typed: set in its own direction (a Hebrew note right-aligned in an English handout). */
export function typedParagraph(text: string, tone: 'normal' | 'quiet' = 'normal'): DocumentBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((p) => ({ type: 'paragraph', text: p, direction: 'auto', tone }));
}

/** A bulleted list of typed lines, each in its own direction; nothing when every line is empty. */
export function typedList(items: readonly InlineText[]): ListBlock[] {
  const kept = items.filter(
    (i) =>
      (typeof i === 'string'
        ? i.trim()
        : i
            .map((s) => s.text)
            .join('')
            .trim()
      ).length > 0,
  );
  return kept.length > 0 ? [{ type: 'list', items: kept, direction: 'auto' }] : [];
}

/** The non-empty rows of a list item. */
export function filledEntries(
  entries: readonly ListEntry[] | undefined,
  columns: readonly ListColumn[],
): ListEntry[] {
  return (entries ?? []).filter((e) =>
    columns.some((c) => (e.values[c.id] ?? '').trim().length > 0),
  );
}

/** A list item as blocks: one column → a bulleted list; several → a table with the columns' labels. */
export function listBlocks(
  entries: readonly ListEntry[] | undefined,
  columns: readonly ListColumn[],
  caption?: string,
): DocumentBlock[] {
  const rows = filledEntries(entries, columns);
  if (rows.length === 0) return [];
  if (columns.length === 1) {
    const id = columns[0]!.id;
    return typedList(rows.map((e) => (e.values[id] ?? '').trim()));
  }
  const table: TableBlock = {
    type: 'table',
    ...(caption ? { caption } : {}),
    direction: 'auto',
    columns: columns.map((c) => ({ header: c.label })),
    rows: rows.map((e) => columns.map((c) => (e.values[c.id] ?? '').trim())),
  };
  return [table];
}

/** "7" or "not rated". */
export function rating(v: number | null): string {
  return v === null ? '–' : String(v);
}

/** The goals that have text. */
export function namedGoals(goals: readonly GoalRow[] | undefined): GoalRow[] {
  return (goals ?? []).filter((g) => g.goal.trim().length > 0);
}

/** One referral as a list line: the name in bold, then kind, phone, web, address and note. */
export function referralLine(r: ReferralSnapshot): InlineText {
  const details = [r.kind, r.phone, r.web, r.address]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' · ');
  const note = r.note.trim();
  return [
    { text: r.name.trim(), emphasis: 'strong' },
    ...(details ? [{ text: ` — ${details}` }] : []),
    ...(note ? [{ text: `. ${note}` }] : []),
  ];
}

const HOW = new Set(['call', 'text', 'chat', 'web']);

/** One crisis line as a list line: name, how to reach it (in the document's words), hours and instructions. */
export function crisisLine(
  line: CrisisLineSnapshot,
  words: DocumentWords = documentWords('en'),
): InlineText {
  const how =
    line.how.length > 0
      ? words.or(line.how.map((h) => (HOW.has(h) ? words.t(`crisis.how.${h}` as CatalogueKey) : h)))
      : '';
  const reach = [how, line.contact.trim()].filter(Boolean).join(': ');
  const rest = [line.instructions.trim(), line.hours.trim()].filter(Boolean).join(' ');
  return [
    { text: line.name.trim(), emphasis: 'strong' },
    ...(reach ? [{ text: ` — ${reach}` }] : []),
    ...(rest ? [{ text: `. ${rest}` }] : []),
  ];
}

/**
 * The crisis-line box: a clearly set-off callout, kept on one page with a short paragraph or list
 * before it so it never stands alone at the top of a letter's last page; nothing when there are no lines.
 */
export function crisisCallout(
  lines: readonly CrisisLineSnapshot[],
  title: string,
  intro: string,
  words: DocumentWords = documentWords('en'),
): DocumentBlock[] {
  if (lines.length === 0) return [];
  const content: CalloutContent[] = [
    { type: 'paragraph', text: intro },
    { type: 'list', items: lines.map((line) => crisisLine(line, words)) },
  ];
  return [{ type: 'callout', tone: 'important', title, content, keepWithPrevious: true }];
}

/** A safety plan, step by step, each step that has entries as a small heading and a list. */
export function safetyPlanBlocks(plan: SafetyPlan | undefined): DocumentBlock[] {
  if (!plan) return [];
  return SAFETY_PLAN_STEPS.flatMap((step) => {
    const entries = (plan[step.key] ?? []).map((s) => s.trim()).filter(Boolean);
    return entries.length > 0
      ? [{ type: 'heading', level: 3, text: step.label } as DocumentBlock, ...typedList(entries)]
      : [];
  });
}

/** Any client-facing item, generically (for template items the documents have no special place for). */
export function genericItemBlocks(item: ClientFacingItem): DocumentBlock[] {
  const a = item.answer;
  const body: DocumentBlock[] = [];
  if (a.text !== undefined) body.push(...typedParagraph(a.text));
  if (a.entries)
    body.push(...listBlocks(a.entries, item.columns ?? [{ id: 'text', label: item.label }]));
  if (a.goals)
    body.push(
      ...typedList(
        namedGoals(a.goals).map((g) => `${g.goal.trim()} (${rating(g.start)} → ${rating(g.now)})`),
      ),
    );
  if (a.referrals && a.referrals.length > 0)
    body.push({ type: 'list', items: a.referrals.map(referralLine) });
  if (a.crisisLines && a.crisisLines.length > 0)
    body.push({ type: 'list', items: a.crisisLines.map((line) => crisisLine(line)) });
  if (a.safetyPlan) body.push(...safetyPlanBlocks(a.safetyPlan));
  // The label is the template's (the clinician's) wording, as typed: set in its own direction, so an
  // English question on a right-to-left page reads 'together?' and not '?together'.
  return body.length > 0
    ? [{ type: 'heading', level: 3, text: item.label, direction: 'auto' }, ...body]
    : [];
}
