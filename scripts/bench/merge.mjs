// Merging the benchmarks' outputs into the one JSON object `npm run bench` prints: every figure a
// bench printed is kept, whatever its budgets say; missed budgets are listed in `budgets_missed`.

/**
 * Reads the JSON object a bench printed on its last stdout line (whatever its exit code), or
 * returns null when there is none.
 * @param {string} stdout
 * @returns {Record<string, unknown> | null}
 */
export function lastJsonLine(stdout) {
  const last = stdout.trim().split('\n').at(-1) ?? '';
  try {
    const value = JSON.parse(last);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Merges the benches' objects and the runner's own cross-bench budgets into one report: all
 * figures, plus `budgets_missed` (every missed budget's name, from every bench) and `benches_failed`
 * when a bench crashed or printed no figures.
 * @param {{ file: string, output: Record<string, unknown> | null, failed: boolean }[]} runs
 * @param {(figures: Record<string, unknown>) => [string, boolean][]} crossBudgets
 */
export function mergeBenchOutputs(runs, crossBudgets) {
  const figures = {};
  const missed = [];
  const failed = [];
  for (const run of runs) {
    if (!run.output) {
      failed.push(run.file);
      continue;
    }
    const { budgets_missed: benchMissed, ...rest } = run.output;
    Object.assign(figures, rest);
    if (Array.isArray(benchMissed)) missed.push(...benchMissed.map(String));
    if (run.failed) failed.push(run.file);
  }
  for (const [name, ok] of crossBudgets(figures)) if (!ok) missed.push(name);
  return {
    ...figures,
    budgets_missed: missed,
    ...(failed.length > 0 ? { benches_failed: failed } : {}),
  };
}
