// Finds a Chromium-family browser for the end-to-end tests: CHROMIUM_PATH, then Playwright's own
// browsers, then a system Chromium or Chrome. Returns undefined when there is none.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The sentence printed when no browser can be found. */
export const NO_BROWSER_MESSAGE =
  'No Chromium-family browser was found for the end-to-end tests: install one with `apt-get install -y chromium` ' +
  '(Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to its executable.';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function playwrightChromium() {
  try {
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Returns the path of a usable Chromium-family executable, or undefined. */
export function findBrowser(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return playwrightChromium() ?? SYSTEM_BROWSERS.find((path) => existsSync(path));
}

/** Chromium flags for headless runs on offline, shared machines. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
