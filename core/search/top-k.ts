/** Picking the first k items of a list in a given order without sorting all of it. */

/**
 * The first `k` items of `items` under `compare`, in order. Stable for equal items (earlier
 * first). Costs about n·log k, so a page of 30 from 10,000 results is cheap.
 */
export function topK<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return [...items].sort(compare).slice(0, k);
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === k) {
      const worst = kept[k - 1] as T;
      if (compare(item, worst) >= 0) continue;
      kept.pop();
    }
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(kept[mid] as T, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, item);
  }
  return kept;
}
