/**
 * Locking lets go of everything an unlock started (the vault watcher above all): a process that
 * unlocked and then locked ends by itself. A watcher left open once kept the Windows journey's
 * process alive until CI's deadline.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { scaledTimeout } from '../../../scripts/machine-factor.mjs';
import { bundleChildScript, tempDataDir } from '../vault/helpers';

test(
  'after unlock (watching) and lock, the process ends on its own',
  async () => {
    const dataDir = await tempDataDir();
    const chosenDir = await tempDataDir();
    const script = await bundleChildScript(
      join(import.meta.dirname, 'process-end-child.ts'),
      await tempDataDir(),
    );
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((resolve, reject) => {
      const child = spawn(process.execPath, [script], {
        env: { ...process.env, END_DATA_DIR: dataDir, END_CHOSEN_DIR: chosenDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', reject);
      child.on('exit', (exitCode) => resolve({ code: exitCode, stdout: out, stderr: err }));
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { whileUnlocked } = JSON.parse(stdout.trim()) as { whileUnlocked: string[] };
    // The watcher was really running before the lock (so its ending is what this test shows).
    expect(whileUnlocked).toContain('FSEventWrap');
  },
  scaledTimeout(60_000),
);
