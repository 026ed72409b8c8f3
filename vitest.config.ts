import { defineConfig } from 'vitest/config';
import { machineFactor, scaledTimeout } from './scripts/machine-factor.mjs';

// Timeouts scale with how slow this machine is right now (measured once; the workers inherit it).
process.env.CS_MACHINE_FACTOR ??= String(machineFactor());

export default defineConfig({
  test: {
    include: [
      'tests/core/**/*.test.ts',
      'tests/services/**/*.test.ts',
      'tests/main/**/*.test.ts',
      'tests/scripts/**/*.test.ts',
      'tests/sync/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: scaledTimeout(60_000),
    hookTimeout: scaledTimeout(60_000),
    // electron-store imports 'electron'; inlining it lets tests/main's `vi.mock('electron')` reach it.
    server: { deps: { inline: ['electron-store'] } },
  },
});
