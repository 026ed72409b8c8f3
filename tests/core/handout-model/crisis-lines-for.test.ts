import { describe, expect, it } from 'vitest';
import type { CrisisLineSnapshot } from '../../../core/checklist';
import { crisisLinesFor } from '../../../core/handout-model/source';
import type { DocumentSource } from '../../../core/handout-model/source';

function line(id: string, name: string, contact: string): CrisisLineSnapshot {
  return { id, name, how: ['call'], contact, instructions: '', hours: '24/7', region: 'NZ', emergency: false } as CrisisLineSnapshot;
}

function source(own: CrisisLineSnapshot[], region: CrisisLineSnapshot[]): DocumentSource {
  return { content: { answers: { 'crisis-lines': { crisisLines: own } } }, crisisLines: region } as unknown as DocumentSource;
}

describe('crisisLinesFor', () => {
  it('always carries every line of the client region, after the ones chosen in the session', () => {
    const chosen = line('own-1', 'Lifeline Aotearoa', '0800 543 354');
    const region = [line('nz-1737', 'Need to talk? 1737', '1737'), line('nz-111', 'Emergency', '111')];
    expect(crisisLinesFor(source([chosen], region)).map((l) => l.contact)).toEqual(['0800 543 354', '1737', '111']);
  });

  it('does not repeat a region line the clinician already chose', () => {
    const region = [line('nz-1737', 'Need to talk? 1737', '1737')];
    expect(crisisLinesFor(source([line('x', 'Need to talk? 1737', '1737')], region))).toHaveLength(1);
  });

  it('uses the region lines when the session chose none', () => {
    const region = [line('nz-1737', 'Need to talk? 1737', '1737')];
    expect(crisisLinesFor(source([], region))).toEqual(region);
  });
});
