import { test as base, expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { RENDERER_RESPONSE_HEADERS } from '../../core/security/response-headers';
import { test } from './support/fixtures';
import { startStaticServer } from './support/static-server';

const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

/**
 * Tries to run an injected inline script (an inline script runs, or is refused, as it is
 * inserted); reports whether it ran and, when it did not, the directive of the CSP report
 * that refused it (waiting for that event rather than for a fixed time).
 */
async function tryInjection(page: Page) {
  return page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
        once: true,
      }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const inlineRan = (window as unknown as { __injected?: boolean }).__injected === true;
    return { inlineRan, violations: inlineRan ? [] : [await violation] };
  });
}

test('the built renderer blocks an injected inline script (CSP)', async ({ page, app }) => {
  await app.open();
  const outcome = await tryInjection(page);
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.violations.some((d) => d.startsWith('script-src'))).toBe(true);
});

base('the same injection runs when the CSP is weakened (the check can fail)', async ({ page }) => {
  const weak = {
    ...RENDERER_RESPONSE_HEADERS,
    'Content-Security-Policy':
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  };
  const server = await startStaticServer(RENDERER_DIR, weak);
  try {
    await page.goto(server.url);
    const outcome = await tryInjection(page);
    expect(outcome.inlineRan).toBe(true);
  } finally {
    await server.close();
  }
});

test('the app itself runs without a single CSP violation (no eval probes, no injected styles)', async ({
  page,
  app,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await app.open();
  await page.getByRole('button', { name: 'Create encrypted vault' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill('a few words typed here');
  // The strength estimate comes back through the bridge and is drawn: everything typing starts has run.
  await expect(page.getByRole('meter', { name: 'Passphrase strength' })).not.toHaveAttribute(
    'aria-valuetext',
    'Start typing to see how strong it is.',
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
  expect(
    await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  ).toEqual([]);
});
