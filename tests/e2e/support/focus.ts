import { expect, type Page } from '@playwright/test';

/**
 * Tabs through up to `stops` focusable elements and checks that each one shows a visible focus
 * indicator (an outline or a box-shadow ring), and that focus never lands on something hidden.
 */
export async function expectVisibleFocus(page: Page, stops = 12): Promise<number> {
  // Start from the top of the document: the first tab stop is the skip link.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document
      .querySelector<HTMLElement>('a[href], button, input, select, textarea, [tabindex="0"]')
      ?.focus();
  });
  let checked = 0;
  for (let i = 0; i < stops; i += 1) {
    if (i > 0) await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        name: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        ring: style.boxShadow !== 'none',
        visible: rect.width > 0 && rect.height > 0,
      };
    });
    if (!info) break;
    expect(info.outline || info.ring, `visible focus on ${info.name}`).toBe(true);
    expect(info.visible, `focused element is visible: ${info.name}`).toBe(true);
    checked += 1;
  }
  return checked;
}

/** Fails when the page scrolls sideways (something is cut or overflows at this width). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in CSS pixels').toBeLessThanOrEqual(0);
}
