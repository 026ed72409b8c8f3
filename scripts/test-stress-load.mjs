// `npm run test:stress-load`: runs `npm test` while busy-loop workers keep the CPUs loaded, to
// prove the suite passes (slower) on a busy machine. STRESS_WORKERS sets how many busy loops run
// (default: 2 per core, which keeps the load average near 8 on 2 cores with the tests' own work).
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';

const count = Number(process.env.STRESS_WORKERS ?? availableParallelism() * 2);
const BUSY_LOOP = 'let x = 0; for (;;) { x = (x * 31 + 7) | 0; }';

const workers = Array.from(
  { length: Math.max(0, count) },
  () => new Worker(BUSY_LOOP, { eval: true }),
);
console.log(`Stress load: ${workers.length} busy-loop workers on ${availableParallelism()} cores.`);
const sampler = setInterval(
  () =>
    console.error(
      `[stress] load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    ),
  60_000,
);
const started = Date.now();
const child = spawn(process.execPath, ['scripts/test.mjs'], { stdio: 'inherit' });
child.on('close', async (code) => {
  clearInterval(sampler);
  await Promise.all(workers.map((w) => w.terminate()));
  console.error(
    `[stress] npm test took ${Math.round((Date.now() - started) / 1000)} s under load (exit ${code}).`,
  );
  process.exit(code ?? 1);
});
