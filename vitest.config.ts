import { defineConfig } from 'vitest/config';
import { machineFactor, scaledTimeout } from './scripts/machine-factor.mjs';

// Timeouts scale with how slow this machine is right now (measured once; the workers inherit it).
process.env.CS_MACHINE_FACTOR ??= String(machineFactor());

export default defineConfig({
  test: {
    environment: 'node',
    // Two projects: the pure and service tests share loaded modules within a worker (each file
    // no longer re-imports pdfkit, fontkit, zod schemas and the search engine: about 70 s less
    // import time per run); the main-process tests, which mock 'electron', and the tooling
    // tests keep a fresh module registry per file.
    projects: [
      {
        extends: true,
        test: {
          name: 'shared-modules',
          include: [
            'tests/core/**/*.test.ts',
            'tests/services/**/*.test.ts',
            'tests/sync/**/*.test.ts',
          ],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['tests/main/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
        },
      },
    ],
    setupFiles: ['tests/setup/after-each.ts'],
    pool: 'forks',
    testTimeout: scaledTimeout(60_000),
    hookTimeout: scaledTimeout(60_000),
    // electron-store imports 'electron'; inlining it lets tests/main's `vi.mock('electron')` reach it.
    server: { deps: { inline: ['electron-store'] } },
  },
});
