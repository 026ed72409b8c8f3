/** Shared helpers for the benchmarks: a temp data folder, timing and medians. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiOutput, Handlers, Method } from '../../core/contract';
import { dispatch } from '../../electron/services/dispatch';

/** Creates a temp folder under the OS temp dir, removed when the process exits. */
export function benchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cs-bench-${name}-`));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Rounds to 3 decimals for the report. */
export function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Calls a method through dispatch and unwraps the Result (throws on failure). */
export async function call<M extends Method>(
  handlers: Handlers,
  method: M,
  input: unknown = {},
): Promise<ApiOutput<M>> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

/** A budget a figure must keep: its name as printed, and whether it holds. */
export type Budget = readonly [name: string, ok: boolean];

/**
 * Prints a bench's figures as one JSON object on its last stdout line, with the names of the
 * budgets it missed in `budgets_missed`: the figures are printed whatever the budgets say.
 */
export function report(figures: Record<string, unknown>, budgets: readonly Budget[] = []): void {
  for (const [name, ok] of budgets) progress(`${ok ? 'within budget' : 'OVER BUDGET'}: ${name}`);
  process.stdout.write(
    `${JSON.stringify({ ...figures, budgets_missed: budgets.filter(([, ok]) => !ok).map(([name]) => name) })}\n`,
  );
}

/** Prints progress on stderr. */
export function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

/** One autosave change (see core/checklist ContentChange). */
export type BenchChange =
  | { op: 'answer'; itemId: string; answer: Record<string, unknown> }
  | { op: 'reason'; reason: { code: 'goals-met'; otherText: string } };

/**
 * A "full" session of the Planned ending template as autosave changes: every talking point
 * ticked, every text and list written, goals, four scores, a referral, a crisis line and the
 * reason for ending — about 12 KB of content.
 */
export function fullSessionChanges(seed: number): BenchChange[] {
  const para = (what: string) =>
    `Entry ${seed} for ${what}: the client described steady progress, new routines and what helped. `.repeat(
      3,
    );
  const points = [
    'opening-feelings',
    'opening-mixed-feelings',
    'opening-past-endings',
    'opening-hopes-today',
    'review-then-now',
    'review-important-changes',
    'review-less-change',
    'review-difference',
    'celebrate-proud',
    'celebrate-strengths',
    'celebrate-noticed',
    'celebrate-appreciation',
    'celebrate-mark',
    'growth-keep-working',
    'growth-old-patterns',
    'growth-back-on-track',
    'growth-hard-times',
    'growth-setbacks',
    'referrals-ongoing-support',
    'referrals-fit',
    'referrals-how-to-reach',
    'referrals-first-turn',
    'feedback-most-helpful',
    'feedback-less-helpful',
    'feedback-ruptures',
    'feedback-unsaid',
    'goodbye-door-open',
    'goodbye-booster',
    'goodbye-take-with-you',
    'goodbye-words',
    'reflection-learned',
    'reflection-feelings',
    'reflection-different',
    'reflection-supervision',
  ];
  const texts = [
    'opening-notes',
    'what-helped',
    'feedback-notes',
    'repair-notes',
    'return-policy',
    'booster-session',
    'closing-note',
    'reflection',
  ];
  const list = (n: number, col: string) =>
    Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      values: { [col]: para(`${col} ${i}`).slice(0, 120) },
    }));
  const goal = (i: number) => ({
    id: `g${i}`,
    goal: `Goal ${i} ${seed}`,
    start: 2,
    now: 7,
    clientWords: para('goal'),
    firstStep: 'Walk on Sundays',
  });
  const score = (measureId: string, date: string, value: number, i: number) => ({
    id: `s${i}`,
    measureId,
    date,
    score: value,
  });
  return [
    ...points.map((itemId) => ({ op: 'answer' as const, itemId, answer: { covered: true } })),
    ...texts.map((itemId) => ({ op: 'answer' as const, itemId, answer: { text: para(itemId) } })),
    { op: 'answer', itemId: 'goals', answer: { goals: [goal(1), goal(2), goal(3)] } },
    { op: 'answer', itemId: 'ongoing-goals', answer: { goals: [goal(4), goal(5)] } },
    {
      op: 'answer',
      itemId: 'measures',
      answer: {
        scores: [
          score('phq-9', '2025-01-10', 18, 1),
          score('phq-9', '2025-04-10', 6, 2),
          score('gad-7', '2025-01-10', 14, 3),
          score('gad-7', '2025-04-10', 5, 4),
        ],
      },
    },
    { op: 'answer', itemId: 'achievements', answer: { entries: list(4, 'text') } },
    { op: 'answer', itemId: 'strengths', answer: { entries: list(3, 'text') } },
    { op: 'answer', itemId: 'coping-toolkit', answer: { entries: list(5, 'text') } },
    { op: 'answer', itemId: 'self-help', answer: { entries: list(2, 'text') } },
    {
      op: 'answer',
      itemId: 'referrals',
      answer: {
        referrals: [
          {
            id: 'r1',
            name: 'Harbourlight Peer Support',
            kind: 'Peer group',
            phone: '0123 456 789',
            web: 'https://example.org',
            address: '1 Quay Street',
            note: para('referral'),
          },
        ],
      },
    },
    {
      op: 'answer',
      itemId: 'crisis-lines',
      answer: {
        covered: true,
        crisisLines: [
          { id: 'c1', name: 'Samaritans', how: ['call'], contact: '116 123', hours: '24/7' },
        ],
      },
    },
    { op: 'reason', reason: { code: 'goals-met', otherText: '' } },
  ];
}
