import { test as base, expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { RENDERER_RESPONSE_HEADERS } from '../../core/security/response-headers';
import { test } from './support/fixtures';
import { startStaticServer } from './support/static-server';

const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

/** Tries to run an injected inline script; reports whether it ran and what the CSP reported. */
async function tryInjection(page: Page) {
  return page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { inlineRan: (window as unknown as { __injected?: boolean }).__injected === true, violations };
  });
}

test('the built renderer blocks an injected inline script (CSP)', async ({ page, app }) => {
  await app.open();
  const outcome = await tryInjection(page);
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.violations.some((d) => d.startsWith('script-src'))).toBe(true);
});

base('the same injection runs when the CSP is weakened (the check can fail)', async ({ page }) => {
  const weak = { ...RENDERER_RESPONSE_HEADERS, 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'" };
  const server = await startStaticServer(RENDERER_DIR, weak);
  try {
    await page.goto(server.url);
    const outcome = await tryInjection(page);
    expect(outcome.inlineRan).toBe(true);
  } finally {
    await server.close();
  }
});

test('the app itself runs without a single CSP violation (no eval probes, no injected styles)', async ({ page, app }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await app.open();
  await page.getByRole('button', { name: 'Create encrypted vault' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill('a few words typed here');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
});
