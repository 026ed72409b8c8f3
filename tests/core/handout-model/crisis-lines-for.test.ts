import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CrisisLineSnapshot } from '../../../core/checklist';
import { crisisLinesShown, LOCAL_EMERGENCY_LINE_ID } from '../../../core/crisis-lines';
import { crisisLinesFor, letterCrisisLines } from '../../../core/handout-model/source';
import type { DocumentSource } from '../../../core/handout-model/source';

function line(id: string, name: string, contact: string, emergency = false): CrisisLineSnapshot {
  return {
    id,
    name,
    how: ['call'],
    contact,
    instructions: '',
    hours: '24/7',
    region: 'NZ',
    emergency,
  };
}

function source(own: CrisisLineSnapshot[], region: CrisisLineSnapshot[]): DocumentSource {
  return {
    content: { answers: { 'crisis-lines': { crisisLines: own } } },
    crisisLines: region,
  } as unknown as DocumentSource;
}

const emergency = line('nz-emergency', 'Emergency services', '111', true);
const region = [
  emergency,
  line('nz-1737', 'Need to talk? 1737', '1737'),
  line('nz-lifeline', 'Lifeline Aotearoa', '0800 543 354'),
];

describe('crisisLinesFor (the handout)', () => {
  it('carries exactly the lines chosen in the session plus the region emergency number, not every region line', () => {
    const chosen = line('own-1', 'Lifeline Aotearoa', '0800 543 354');
    expect(crisisLinesFor(source([chosen], region)).map((l) => l.contact)).toEqual([
      '0800 543 354',
      '111',
    ]);
  });

  it('does not repeat the emergency number when the clinician chose it, or chose an emergency line of their own', () => {
    expect(crisisLinesFor(source([emergency], region))).toEqual([emergency]);
    const ownWords = line('own-111', 'Police and ambulance', '111', true);
    expect(crisisLinesFor(source([ownWords], region))).toEqual([ownWords]);
  });

  it('says "call your local emergency number" for a region without lines instead of nothing', () => {
    const shown = crisisLinesFor(source([], []));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ id: LOCAL_EMERGENCY_LINE_ID, emergency: true });
    expect(shown[0]!.instructions).toMatch(/call your local emergency number/);
  });

  it('is the same list as crisisLinesShown, the one function the client view uses', () => {
    const names = ['Zoë Ørsted line', 'خط محمد الأحمد', 'קו דנה לוי', '王小明热线', 'Линия Ольги'];
    const arbLine = fc
      .record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
        name: fc.constantFrom(...names),
        contact: fc.constantFrom('116 123', '988', '', '0800 1111'),
        emergency: fc.boolean(),
      })
      .map((l) => line(l.id, l.name, l.contact, l.emergency));
    fc.assert(
      fc.property(
        fc.array(arbLine, { maxLength: 5 }),
        fc.array(arbLine, { maxLength: 5 }),
        (chosen, regionLines) => {
          const shown = crisisLinesFor(source(chosen, regionLines));
          expect(shown).toEqual(crisisLinesShown(chosen, regionLines));
          // Every chosen line, in order, first; then only emergency lines; never a non-emergency region line that was not chosen.
          expect(shown.slice(0, chosen.length)).toEqual(chosen);
          expect(shown.slice(chosen.length).every((l) => l.emergency)).toBe(true);
          expect(shown.some((l) => l.emergency)).toBe(true);
          // Never two emergency entries unless the clinician chose them.
          if (chosen.some((l) => l.emergency)) expect(shown).toEqual(chosen);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('letterCrisisLines (closure letters)', () => {
  it('uses the region lines when the session chose none, and the chosen ones otherwise', () => {
    expect(letterCrisisLines(source([], region)).map((l) => l.contact)).toEqual([
      '1737',
      '0800 543 354',
      '111',
    ]);
    expect(letterCrisisLines(source([region[1]!], region)).map((l) => l.contact)).toEqual([
      '1737',
      '111',
    ]);
  });
});
