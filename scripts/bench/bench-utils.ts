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
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Rounds to 3 decimals for the report. */
export function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Calls a method through dispatch and unwraps the Result (throws on failure). */
export async function call<M extends Method>(handlers: Handlers, method: M, input: unknown = {}): Promise<ApiOutput<M>> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

/** Prints progress on stderr. */
export function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

/** A "full" session's content: every section of the default template filled in, about 10 KB. */
export function fullSessionContent(seed: number): { values: Record<string, string>; ticked: string[] } {
  const values: Record<string, string> = {};
  const sections = ['opening', 'review', 'celebrate', 'growth', 'referrals', 'feedback', 'goodbye', 'reflection'];
  for (const section of sections) {
    for (let i = 0; i < 5; i += 1) {
      values[`${section}.field${i}`] = `Entry ${seed} for ${section} ${i}: the client described steady progress, new routines and what helped. `.repeat(3);
    }
  }
  return { values, ticked: sections.flatMap((s) => [`${s}.p1`, `${s}.p2`]) };
}
