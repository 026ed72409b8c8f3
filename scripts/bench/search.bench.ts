/**
 * Archive search benchmark: indexes 10,000 synthetic sessions (built as real session records),
 * then runs the project's own typo query set (core/search/synthetic/typo-queries.ts: 103
 * queries, swapped letters, typos, no accents, other scripts, codes, content) typed keystroke by
 * keystroke — every prefix is a search, as in the archive's search-as-you-type box — and the
 * set's recall (its target in the top 10). Details go to stderr; the last stdout
 * line is one JSON object for scripts/bench/run.mjs.
 *
 * Heap: measured as the growth of `heapUsed` plus `arrayBuffers` (the index keeps its posting
 * lists and document text in typed arrays, outside the JS heap) from before the documents are
 * generated to after the index is built and the generator's copies are dropped, each time after
 * a full garbage collection. So it includes the index's own copy of every document. When
 * node runs without --expose-gc, gc is enabled at run time with v8.setFlagsFromString and taken
 * from a fresh vm context; if even that fails, the figure is taken after letting allocation
 * settle (several rounds of short-lived garbage and event-loop turns) and is marked approximate.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildInChunks, createArchiveIndex } from '../../core/search';
import {
  generateSyntheticArchive,
  measureRecall,
  syntheticSearchDocuments,
  TYPO_QUERIES,
} from '../../core/search/synthetic';
import { report } from './bench-utils';
import { syntheticRecordOptions } from '../../electron/services/archive/synthetic-options';

const SESSIONS = 10_000;
const SEED = 'bench-2024';

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function obtainGc(): { gc: (() => void) | null; how: string } {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return { gc: existing, how: '--expose-gc' };
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return { gc: gc as () => void, how: 'v8.setFlagsFromString' };
  } catch {
    // fall through to settling
  }
  return { gc: null, how: 'settled (approximate)' };
}

async function settle(gc: (() => void) | null): Promise<number> {
  for (let round = 0; round < 4; round += 1) {
    if (gc) gc();
    else {
      let junk: number[][] | null = Array.from({ length: 2_000 }, () =>
        new Array<number>(256).fill(round),
      );
      junk = null;
      void junk;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

async function main(): Promise<void> {
  const { gc, how } = obtainGc();
  const heapBefore = await settle(gc);

  let docs = [
    ...syntheticSearchDocuments(
      generateSyntheticArchive({ seed: SEED, sessions: SESSIONS }),
      await syntheticRecordOptions(),
    ),
  ];
  const index = createArchiveIndex({ locale: 'en' });
  const t0 = performance.now();
  const outcome = await buildInChunks(index, docs, {
    total: docs.length,
    chunkSize: 250,
    pause: () => new Promise((resolve) => setImmediate(resolve)),
  });
  const buildMs = performance.now() - t0;
  if (!outcome.completed || index.size !== SESSIONS)
    throw new Error(`index has ${index.size} documents, expected ${SESSIONS}`);
  docs = [];
  const heapAfter = await settle(gc);
  const heapMb = (heapAfter - heapBefore) / (1024 * 1024);

  // Warm the JIT with queries that are not measured.
  for (const q of ['warm', 'up', 'the engine', 'sleep']) index.search({ text: q });

  const times: number[] = [];
  const slowest: { typed: string; ms: number; total: number }[] = [];
  let emptyFinals = 0;
  for (const query of TYPO_QUERIES.map((t) => t.query)) {
    const chars = Array.from(query);
    for (let i = 1; i <= chars.length; i += 1) {
      const typed = chars.slice(0, i).join('');
      const start = performance.now();
      const result = index.search({ text: typed });
      const ms = performance.now() - start;
      times.push(ms);
      slowest.push({ typed, ms, total: result.total });
      if (i === chars.length && result.total === 0) emptyFinals += 1;
    }
  }
  times.sort((a, b) => a - b);
  if (process.env.SEARCH_BENCH_VERBOSE) {
    slowest.sort((a, b) => b.ms - a.ms);
    for (const s of slowest.slice(0, 25))
      process.stderr.write(`  ${round(s.ms)} ms  ${JSON.stringify(s.typed)} (${s.total} found)\n`);
  }
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);

  process.stderr.write(
    `search bench: ${SESSIONS} sessions indexed in ${round(buildMs, 0)} ms (chunks of 250); heap +${round(heapMb, 1)} MB (${how}).\n` +
      `${TYPO_QUERIES.length} queries, ${times.length} keystroke searches: p50 ${round(p50)} ms, p95 ${round(p95)} ms, ` +
      `max ${round(times[times.length - 1] ?? 0)} ms; ${emptyFinals} queries found nothing.\n`,
  );
  const { recall, misses } = measureRecall(index);
  for (const m of misses)
    process.stderr.write(`  recall miss: ${JSON.stringify(m.query)} (target ${m.target})\n`);
  report(
    {
      search_p50_ms_10k: round(p50),
      search_p95_ms_10k: round(p95),
      index_build_ms_10k: round(buildMs, 0),
      index_heap_mb_10k: round(heapMb, 1),
      search_recall_own_set: round(recall, 3),
    },
    [
      ['search_p95_ms_10k <= 10', p95 <= 10],
      ['index_heap_mb_10k <= 150', heapMb <= 150],
      ['search_recall_own_set >= 0.98', recall >= 0.98],
    ],
  );
}

await main();
