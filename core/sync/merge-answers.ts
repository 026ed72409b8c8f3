/**
 * Keeping both versions of one answer, when two computers changed the same item: nothing either
 * computer recorded is dropped. Texts are joined (or the longer kept when one continues the
 * other), rows are united by their ids, ticks are kept when either side ticked.
 */
import type { ItemAnswer } from '../checklist/answer-schema';

/** The separator put between two different texts kept together. */
export const BOTH_TEXTS_SEPARATOR = '\n\n';

/** Deep equality for plain JSON values (what records hold). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameJson(value, b[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Both texts: one when equal or when one is blank or continues the other, else both joined. */
export function bothTexts(
  mine: string | undefined,
  theirs: string | undefined,
): string | undefined {
  if (mine === undefined || mine.trim() === '') return theirs ?? mine;
  if (theirs === undefined || theirs.trim() === '') return mine;
  if (theirs.startsWith(mine)) return theirs;
  if (mine.startsWith(theirs)) return mine;
  return `${mine}${BOTH_TEXTS_SEPARATOR}${theirs}`;
}

/** An id not yet taken, derived from `id` (`id-2`, `id-3`…), within the 64-character id limit. */
function freeId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Both lists of rows: mine in order, then theirs that mine lacks. A row both changed differently
 * is kept twice, theirs under a fresh id, so neither edit is lost.
 */
export function bothRows<T extends { id: string }>(
  mine: readonly T[] | undefined,
  theirs: readonly T[] | undefined,
): T[] | undefined {
  if (mine === undefined) return theirs === undefined ? undefined : [...theirs];
  if (theirs === undefined) return [...mine];
  const out = [...mine];
  const byId = new Map(mine.map((row) => [row.id, row]));
  const taken = new Set(byId.keys());
  for (const row of theirs) {
    const same = byId.get(row.id);
    if (same === undefined) {
      out.push(row);
      taken.add(row.id);
    } else if (!sameJson(same, row)) {
      const id = freeId(row.id, taken);
      taken.add(id);
      out.push({ ...row, id });
    }
  }
  return out;
}

/** Both lists of plain lines (safety-plan steps): mine, then the lines only theirs has. */
export function bothLines(mine: readonly string[], theirs: readonly string[]): string[] {
  const seen = new Set(mine);
  return [...mine, ...theirs.filter((line) => !seen.has(line))];
}

type SafetyPlan = NonNullable<ItemAnswer['safetyPlan']>;

function bothPlans(
  mine: SafetyPlan | undefined,
  theirs: SafetyPlan | undefined,
): SafetyPlan | undefined {
  if (!mine || !theirs) return mine ?? theirs;
  const out = { ...mine };
  for (const step of Object.keys(mine) as (keyof SafetyPlan)[]) {
    out[step] = bothLines(mine[step], theirs[step]);
  }
  return out;
}

/** Drops the keys whose value is undefined (answers store absent fields as absent). */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** One answer keeping what both computers recorded for the item. */
export function bothAnswers(
  mine: ItemAnswer | undefined,
  theirs: ItemAnswer | undefined,
): ItemAnswer | undefined {
  if (!mine || !theirs) return mine ?? theirs;
  return withoutUndefined<ItemAnswer>({
    covered:
      mine.covered === undefined && theirs.covered === undefined
        ? undefined
        : Boolean(mine.covered || theirs.covered),
    text: bothTexts(mine.text, theirs.text),
    entries: bothRows(mine.entries, theirs.entries),
    goals: bothRows(mine.goals, theirs.goals),
    scores: bothRows(mine.scores, theirs.scores),
    referrals: bothRows(mine.referrals, theirs.referrals),
    crisisLines: bothRows(mine.crisisLines, theirs.crisisLines),
    safetyPlan: bothPlans(mine.safetyPlan, theirs.safetyPlan),
    inHandout: mine.inHandout ?? theirs.inHandout,
  });
}
