/**
 * The goal chart in every shipped language: the bar names beside the bars and the legend words
 * (measured with the PDF's own fonts, as drawn) never run into a bar, a legend swatch or another
 * label — "На початку" and "Maintenant" are wider than the English column left room for.
 */
import { describe, expect, it } from 'vitest';
import { boxesOverlap, type Box } from '../../../core/chart';
import type { ChartLabel } from '../../../core/document/chart-scene';
import { DOCUMENT_CATALOGUES } from '../../../core/handout-i18n';
import { documentWords } from '../../../core/handout-i18n/document-words';
import { goalChartBlock } from '../../../core/handout-model/charts';
import { chartTextMeasure } from '../../../electron/services/pdf/chart-text-measure';
import { FONTS_DIR } from './render-helpers';

const measure = chartTextMeasure(FONTS_DIR);

function goal(text: string, start: number | null, now: number | null) {
  return { id: text, goal: text, start, now, clientWords: '', firstStep: '' };
}

const GOALS = [goal('Sleep through the night', 2, 7), goal('Zoë: see friends', 0, 10)];

/** The box a drawn label's glyphs take (baseline y, size in scene units). */
function boxOf(label: ChartLabel): Box {
  const size = label.size ?? 10;
  const w = measure(label.text, size, label.bold ?? false);
  const anchor = label.anchor ?? 'start';
  const x0 = anchor === 'start' ? label.x : anchor === 'end' ? label.x - w : label.x - w / 2;
  return [x0, label.y - 0.75 * size, x0 + w, label.y + 0.2 * size];
}

describe('goal chart words in every language', () => {
  it.each(Object.keys(DOCUMENT_CATALOGUES))(
    '%s: no label on a bar, a swatch or a label',
    (lang) => {
      const scene = goalChartBlock(GOALS, documentWords(lang))!.scene;
      const labels = scene.labels ?? [];
      const rects = (scene.rects ?? []).map((r): Box => [r.x, r.y, r.x + r.width, r.y + r.height]);
      const problems: string[] = [];
      labels.forEach((label, i) => {
        const box = boxOf(label);
        rects.forEach((rect, k) => {
          if (boxesOverlap(box, rect)) problems.push(`"${label.text}" on rect ${k}`);
        });
        labels.forEach((other, j) => {
          if (j > i && boxesOverlap(box, boxOf(other)))
            problems.push(`"${label.text}" on "${other.text}"`);
        });
      });
      expect(problems).toEqual([]);
    },
  );
});
