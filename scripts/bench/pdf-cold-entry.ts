// The cold-start probe of pdf.bench.ts: bundled like the app's main process and run in a fresh
// Node process; prints how long the first handout PDF took from process start.
import { renderDocument } from '../../electron/services/pdf/render-document';
import { benchHandout } from './pdf-handout';

const fontsDir = process.argv[2] ?? 'resources/fonts';
const loaded = performance.now();
await renderDocument(benchHandout('latin'), { fontsDir });
const cpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({ ms: performance.now(), loadedMs: loaded, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`,
);
