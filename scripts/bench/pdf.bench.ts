/**
 * PDF benchmarks: a three-page client handout with charts, rendered by the real model and engine.
 * - handout_pdf_warm_ms: median of 20 renders after warm-up (budget ≤ 150 ms)
 * - handout_pdf_cold_ms: the first PDF in a new Node process running the code bundled as the app's
 *   main process is (esbuild, pdfkit external), from process start (budget ≤ 1,000 ms)
 * - handout_pdf_bytes: the Latin-only handout's size (budget ≤ 150 KB)
 * - handout_pdf_cjk_bytes: the same handout with Chinese text (budget ≤ 1.5 MB)
 * - pdfkit_raw_warm_ms: the same handout content drawn with plain pdfkit calls and the same fonts,
 *   no layout engine (scripts/bench/pdfkit-raw.ts), measured interleaved with the engine's renders;
 *   handout_layout_ratio = handout_pdf_warm_ms / pdfkit_raw_warm_ms (budget ≤ 1.5)
 * - handout_pdf_warm_ms_ar, handout_pdf_bytes_ar: the handout for an Arabic client, right to left
 *   (budget ≤ 200 KB); handout_pdf_pages: the Latin handout's pages (budget ≤ 4)
 * Prints one JSON object on its last stdout line; budgets are reported on stderr and fail the run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { renderDocument } from '../../electron/services/pdf/render-document';
import { type Budget, median, progress, report, round } from './bench-utils';
import { benchHandout, type Script } from './pdf-handout';
import { renderRaw } from './pdfkit-raw';

const FONTS = fileURLToPath(new URL('../../resources/fonts', import.meta.url));
const COLD_BUNDLE = fileURLToPath(new URL('../../dist/bench/pdf-cold.mjs', import.meta.url));

function render(script: Script): Promise<Uint8Array> {
  return renderDocument(benchHandout(script), { fontsDir: FONTS });
}

function pages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
  );
}

/** Bundles the probe and runs it in new processes; medians of three first-PDF wall and CPU times. */
function cold(): { ms: number; cpuMs: number; loadedMs: number } {
  buildSync({
    entryPoints: [fileURLToPath(new URL('./pdf-cold-entry.ts', import.meta.url))],
    outfile: COLD_BUNDLE,
    bundle: true,
    format: 'esm',
    platform: 'node',
    external: ['pdfkit'],
    logLevel: 'silent',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  const runs: { ms: number; cpuMs: number; loadedMs: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const child = spawnSync(process.execPath, [COLD_BUNDLE, FONTS], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold probe failed: ${child.stderr.slice(0, 500)}`);
    runs.push(
      JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
        ms: number;
        cpuMs: number;
        loadedMs: number;
      },
    );
  }
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    loadedMs: median(runs.map((r) => r.loadedMs)),
  };
}

const latin = await render('latin');
const latinModel = benchHandout('latin');
for (let i = 0; i < 3; i++) {
  await render('latin');
  await renderRaw(latinModel, FONTS);
}
const times: number[] = [];
const cpuTimes: number[] = [];
const rawTimes: number[] = [];
// Engine and raw renders take turns, so other work on the machine weighs on both alike.
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await render('latin');
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpuTimes.push((c.user + c.system) / 1000);
  const r0 = performance.now();
  await renderRaw(latinModel, FONTS);
  rawTimes.push(performance.now() - r0);
}
const arabic = await render('arabic');
for (let i = 0; i < 2; i++) await render('arabic');
const arTimes: number[] = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  await render('arabic');
  arTimes.push(performance.now() - t0);
}
const cjk = await render('cjk');
progress('pdf: first PDF in new processes…');
const coldRun = cold();
const result = {
  handout_pdf_warm_ms: round(median(times)),
  handout_pdf_cold_ms: round(coldRun.ms),
  // CPU time alongside: the wall-clock figures rise when other work shares the machine.
  handout_pdf_warm_cpu_ms: round(median(cpuTimes)),
  handout_pdf_cold_cpu_ms: round(coldRun.cpuMs),
  handout_pdf_cold_loaded_ms: round(coldRun.loadedMs),
  handout_pdf_bytes: latin.byteLength,
  handout_pdf_cjk_bytes: cjk.byteLength,
  handout_pdf_pages: pages(latin),
  pdfkit_raw_warm_ms: round(median(rawTimes)),
  handout_layout_ratio: round(median(times) / median(rawTimes)),
  handout_pdf_warm_ms_ar: round(median(arTimes)),
  handout_pdf_bytes_ar: arabic.byteLength,
};
const budgets: Budget[] = [
  ['handout_pdf_warm_ms <= 150', result.handout_pdf_warm_ms <= 150],
  ['handout_pdf_cold_ms <= 1000', result.handout_pdf_cold_ms <= 1000],
  ['handout_pdf_bytes <= 150 KB', result.handout_pdf_bytes <= 150 * 1024],
  ['handout_pdf_cjk_bytes <= 1.5 MB', result.handout_pdf_cjk_bytes <= 1.5 * 1024 * 1024],
  ['handout_pdf_pages <= 4', result.handout_pdf_pages <= 4],
  ['handout_layout_ratio <= 1.5', result.handout_layout_ratio <= 1.5],
  ['handout_pdf_bytes_ar <= 200 KB', result.handout_pdf_bytes_ar <= 200 * 1024],
];
report(result, budgets);
