import { shapesRightToLeft } from './bidi';
import { readsBackAs } from './extractor-reading';
import type { PlacedRun } from './line-runs';

/**
 * Text extractors (pdf.js, poppler) read a line from its glyphs as drawn: they keep no space glyph,
 * but put one space wherever the pen moves rightwards by about a space, and start a new piece
 * without any space wherever it moves leftwards. Drawn run by run in typed order, a right-to-left
 * line moves leftwards from every run to the next ("التاريخ 14 مارس 2025" read back as
 * "التاريخ14مارس2025"). So a line is drawn in groups: typed order from group to group, left to right
 * inside a group, each group one piece of text the extractor turns back into typed order with its
 * bidi algorithm, spaces kept.
 */

/** The characters of a run in the order its glyphs stand on the page, left to right. */
export function glyphOrderText(run: PlacedRun): string {
  return shapesRightToLeft(run.drawText) ? [...run.drawText].reverse().join('') : run.drawText;
}

/** Whether runs (in typed order) drawn left to right as one piece read back as typed. */
function readsAsTyped(runs: readonly PlacedRun[]): boolean {
  const typed = runs.map((r) => r.typed).join('');
  // Two spaces leave a gap an extractor takes for a column break: the piece would be split.
  if (/\s\s/.test(typed)) return false;
  const visual = [...runs]
    .sort((a, b) => a.x - b.x)
    .map(glyphOrderText)
    .join('');
  return readsBackAs(visual, typed);
}

/** Runs that can be one piece: same face and size, drawn glyphs that extract as themselves. */
function sameKind(a: PlacedRun, b: PlacedRun): boolean {
  const plain = (r: PlacedRun): boolean => !r.missing && r.actualText === undefined;
  return plain(a) && plain(b) && a.face === b.face && a.size === b.size;
}

/**
 * A line's runs (typed order) in drawing groups: each group a stretch of runs next to each other
 * both in typed order and on the page, of one face, that an extractor reads back as typed (see
 * readsBackAs) when drawn left to right; as few groups as possible (every join between two
 * groups of a right-to-left line loses its space); groups in typed order, runs in each group left
 * to right. A line without right-to-left runs gives one group per run, in typed order, as before.
 */
export function drawGroups(runs: readonly PlacedRun[]): PlacedRun[][] {
  const place = new Map([...runs].sort((a, b) => a.x - b.x).map((r, i) => [r, i]));
  const at = (k: number): number => place.get(runs[k] as PlacedRun) ?? 0;
  // The furthest end of a stretch from each start that is one face and one block on the page.
  const reach = runs.map((first, start) => {
    let end = start + 1;
    let lo = at(start);
    let hi = lo;
    while (end < runs.length && sameKind(first, runs[end] as PlacedRun)) {
      const next = at(end);
      if (next !== lo - 1 && next !== hi + 1) break;
      lo = Math.min(lo, next);
      hi = Math.max(hi, next);
      end++;
    }
    return end;
  });
  const inPlace = (group: PlacedRun[]): PlacedRun[] =>
    group.sort((a, b) => (place.get(a) ?? 0) - (place.get(b) ?? 0));
  // Most right-to-left lines are one group: try that before searching.
  if (runs.length > 1 && reach[0] === runs.length && readsAsTyped(runs))
    return [inPlace([...runs])];
  // Fewest groups for runs [0, end): best[end] = [count, start of the last group].
  const best: [number, number][] = [[0, 0]];
  for (let end = 1; end <= runs.length; end++) {
    best[end] = [(best[end - 1]?.[0] ?? 0) + 1, end - 1];
    for (let start = 0; start < end - 1; start++) {
      const count = (best[start]?.[0] ?? 0) + 1;
      if (count >= (best[end]?.[0] ?? 0) || (reach[start] ?? 0) < end) continue;
      if (readsAsTyped(runs.slice(start, end))) best[end] = [count, start];
    }
  }
  const groups: PlacedRun[][] = [];
  for (let end = runs.length; end > 0;) {
    const start = best[end]?.[1] ?? end - 1;
    groups.unshift(inPlace(runs.slice(start, end)));
    end = start;
  }
  return groups;
}
