import { defineConfig } from '@playwright/test';
import { BROWSER_ARGS, findBrowser } from './scripts/find-browser.mjs';
import { machineFactor, scaledTimeout } from './scripts/machine-factor.mjs';

const executablePath = findBrowser();
// Timeouts scale with how slow this machine is right now (measured once; the workers inherit it).
process.env.CS_MACHINE_FACTOR ??= String(machineFactor());

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: scaledTimeout(90_000),
  expect: { timeout: scaledTimeout(15_000) },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    viewport: { width: 1200, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: { executablePath, args: BROWSER_ARGS },
    trace: 'off',
  },
});
