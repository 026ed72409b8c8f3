import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';

const SCREENS_DIR = 'test-results/screens';

/** The WCAG 2.2 A/AA rule tags every screen is checked against. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The axe rules that depend on colour. The dark theme changes only colour tokens, so a dark
 * screen is checked with these (the light one gets every WCAG 2.2 A/AA rule).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe-core on the page and fails the test on any WCAG 2.2 A/AA violation (or only the colour rules' ones). */
export async function expectNoAxeViolations(
  page: Page,
  label = '',
  { colourOnly = false } = {},
): Promise<void> {
  // The app has only same-origin frames, so axe.run in the page itself (legacy mode) checks
  // everything; the default mode opens a blank page and injects axe twice on every call. axe is
  // put into the page once (AxeBuilder would evaluate its half-megabyte source twice per call),
  // and only violations come back in full (every passing node of every rule was serialised too).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const builder = new AxeBuilder({ page, axeSource: ';' })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] });
  const results = await (
    colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(AXE_TAGS)
  ).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, `axe violations ${label}`).toEqual([]);
}

/** Waits for fonts and two painted frames, so a colour-scheme switch has fully applied. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
    );
  });
}

/**
 * Writes `<name>.png` (light) and `<name>-dark.png` (dark colour scheme) to test-results/screens
 * and checks both with axe (the dark one with the colour rules).
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  await mkdir(SCREENS_DIR, { recursive: true });
  const fullPage = options.fullPage ?? true;
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await settle(page);
  await page.screenshot({ path: `${SCREENS_DIR}/${name}.png`, fullPage });
  await expectNoAxeViolations(page, `${name} (light)`);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await settle(page);
  await page.screenshot({ path: `${SCREENS_DIR}/${name}-dark.png`, fullPage });
  await expectNoAxeViolations(page, `${name} (dark)`, { colourOnly: true });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
}
