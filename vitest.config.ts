import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/services/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // electron-store imports 'electron'; inlining it lets tests/main's `vi.mock('electron')` reach it.
    server: { deps: { inline: ['electron-store'] } },
  },
});
