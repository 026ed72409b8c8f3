import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastJsonLine, mergeBenchOutputs } from '../../scripts/bench/merge.mjs';

const none = () => [] as [string, boolean][];

describe('npm run bench: every figure is printed, missed budgets are listed', () => {
  it('keeps all of a bench’s figures when one of its budgets is missed', () => {
    const merged = mergeBenchOutputs(
      [
        {
          file: 'pdf.bench.ts',
          output: {
            handout_pdf_warm_ms: 40,
            handout_pdf_cold_ms: 1400,
            budgets_missed: ['handout_pdf_cold_ms <= 1000'],
          },
          failed: false,
        },
        {
          file: 'store.bench.ts',
          output: { fsync_floor_ms: 2, record_write_ms: 9 },
          failed: false,
        },
      ],
      (f) => [
        [
          'record_write_ms <= 3 x fsync_floor_ms',
          (f.record_write_ms as number) <= 3 * (f.fsync_floor_ms as number),
        ],
      ],
    );
    expect(merged).toEqual({
      handout_pdf_warm_ms: 40,
      handout_pdf_cold_ms: 1400,
      fsync_floor_ms: 2,
      record_write_ms: 9,
      budgets_missed: ['handout_pdf_cold_ms <= 1000', 'record_write_ms <= 3 x fsync_floor_ms'],
    });
  });

  it('names a bench that crashed without figures, and keeps the others', () => {
    const merged = mergeBenchOutputs(
      [
        { file: 'a.bench.ts', output: null, failed: true },
        { file: 'b.bench.ts', output: { b: 1 }, failed: false },
      ],
      none,
    );
    expect(merged).toEqual({ b: 1, budgets_missed: [], benches_failed: ['a.bench.ts'] });
  });

  it('reads the last line only, and only a JSON object', () => {
    expect(lastJsonLine('progress\n{"a":1}\n')).toEqual({ a: 1 });
    expect(lastJsonLine('{"a":1}\nnot json')).toBeNull();
    expect(lastJsonLine('[1,2]')).toBeNull();
    expect(lastJsonLine('')).toBeNull();
  });

  it('the runner prints the figures of a bench that exits non-zero after a missed budget, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-bench-runner-'));
    cpSync('scripts/bench/run.mjs', join(dir, 'run.mjs'));
    cpSync('scripts/bench/merge.mjs', join(dir, 'merge.mjs'));
    writeFileSync(
      join(dir, 'slow.bench.ts'),
      'console.log(JSON.stringify({ slow_ms: 1200, other_ms: 3, budgets_missed: ["slow_ms <= 1000"] })); process.exitCode = 1;\n',
    );
    writeFileSync(join(dir, 'fine.bench.ts'), 'console.log(JSON.stringify({ fine_ms: 5 }));\n');
    const child = spawnSync(process.execPath, [join(dir, 'run.mjs')], {
      encoding: 'utf8',
      cwd: process.cwd(),
    });
    expect(child.status).toBe(1);
    expect(JSON.parse(child.stdout.trim().split('\n').at(-1)!)).toEqual({
      fine_ms: 5,
      slow_ms: 1200,
      other_ms: 3,
      budgets_missed: ['slow_ms <= 1000'],
      benches_failed: ['slow.bench.ts'],
    });
  });
});
