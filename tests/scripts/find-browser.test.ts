import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findBrowser, NO_BROWSER_MESSAGE } from '../../scripts/find-browser.mjs';

describe('browser discovery for the end-to-end tests', () => {
  it('uses CHROMIUM_PATH when it points at an executable, and nothing else when it does not', () => {
    expect(findBrowser({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
    expect(findBrowser({ CHROMIUM_PATH: '/nonexistent/chromium' })).toBeUndefined();
  });

  it('npm test stops with one clear message naming the install command when no browser is found', () => {
    const run = spawnSync(process.execPath, ['scripts/test.mjs'], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install -y chromium/);
  });
});
