/**
 * The sample handout (the session the e2e documents spec exports) takes at most four pages and no
 * page but the last is left a quarter empty: charts are sized to fit, nothing breaks a page
 * needlessly, and the few lines "Your records" adds are set a little tighter rather than spill
 * onto a fifth page.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandout } from '../../../core/handout-model/handout';
import { renderDocument } from '../../../electron/services/pdf/render-document';
import { PAGE_SIZES, THEME } from '../../../electron/services/pdf/theme';
import { sampleSource } from '../../core/handout-model/source-fixture';
import { sampleCrisisLines } from '../../core/handout-model/sample-session';
import { readPdf } from '../pdf/pdf-reader';

describe('sample handout length', () => {
  it('takes at most 4 pages, each but the last filled at least three quarters down', async () => {
    const bytes = await renderDocument(
      buildHandout(sampleSource({ crisisLines: sampleCrisisLines() })),
      { fontsDir: resolve('resources/fonts') },
    );
    const read = await readPdf(bytes);
    expect(read.numPages).toBeLessThanOrEqual(4);
    const height = PAGE_SIZES.A4[1];
    const textHeight = height - THEME.margin.top - THEME.margin.bottom;
    for (const page of read.pages.slice(0, -1)) {
      // pdf.js y grows upwards: the lowest line of body text (the footer sits below the margin).
      const lowest = Math.min(
        ...page.items
          .filter((i) => i.str.trim() !== '' && i.y > THEME.margin.bottom - 1)
          .map((i) => i.y),
      );
      const filled = (height - THEME.margin.top - lowest) / textHeight;
      expect(filled).toBeGreaterThan(0.75);
    }
  });
});
