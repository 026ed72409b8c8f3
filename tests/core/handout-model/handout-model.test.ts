/**
 * The document models, without pdfkit: what the handout, the one-page handout, the discharge
 * summary and the closure letter include — only items marked for the handout, never the private
 * reflection or the clinician's feedback notes in client-facing documents — and generic titles.
 */
import { describe, expect, it } from 'vitest';
import {
  buildClosureLetter,
  buildDischargeSummary,
  buildHandout,
  buildOnePageHandout,
  defaultLetterText,
  fillPlaceholders,
  formatDocumentDate,
  HANDOUT_HEADING,
  HANDOUT_SECTION_TITLES,
  unknownPlaceholders,
} from '../../../core/handout-model';
import type { ReferralSnapshot } from '../../../core/checklist/answer-schema';
import { sampleSource } from './source-fixture';
import {
  CLIENT_NOTES,
  FEEDBACK_NOTE,
  HEBREW_SENTENCE,
  MIXED_LINE,
  NAMES,
  PRIVATE_REFLECTION,
  REPAIR_NOTE,
  ARABIC_SENTENCE,
  sampleCrisisLines,
} from './sample-session';
import { h2s, textOf } from './text-of';

const a = (itemId: string, answer: Record<string, unknown>) => ({ op: 'answer', itemId, answer });

describe('client handout', () => {
  const doc = buildHandout(sampleSource());
  const text = textOf(doc);

  it('has a warm printed title, a generic metadata title, page labels and a fixed creation date', () => {
    expect(doc.blocks[0]).toEqual({ type: 'heading', level: 1, text: HANDOUT_HEADING });
    expect(doc.title).toBe('Closing session handout');
    expect(doc.pageLabel).toBe('Page {page} of {total}');
    expect(doc.creationDate).toBe('2025-03-14T10:30:00.000Z');
    expect(doc.pageSize).toBe('A4');
    for (const name of ['Zoë', 'Ørsted', ...NAMES]) expect(doc.title).not.toContain(name);
  });

  it('addresses the client by preferred name and shows date, clinician, credentials and practice contact', () => {
    expect(text).toContain('Zoë');
    expect(text).toContain('14 March 2025');
    expect(text).toContain('Ελπίδα Παπαδοπούλου, MSc, Counselling Psychologist');
    expect(text).toContain('+44 117 496 0000');
  });

  it('contains the typed words in every script, exactly', () => {
    for (const name of NAMES.slice(1)) expect(text).toContain(name);
    for (const s of [HEBREW_SENTENCE, ARABIC_SENTENCE, MIXED_LINE]) expect(text).toContain(s);
  });

  it('never contains the private reflection, the feedback or repair notes (even when marked), or client-record notes', () => {
    for (const secret of [
      PRIVATE_REFLECTION,
      FEEDBACK_NOTE,
      REPAIR_NOTE,
      CLIENT_NOTES,
      'Reflection-7f3a',
      'Feedback-91c2',
      'Repair-44d0',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('Goals met');
  });

  it('keeps only items marked for the handout', () => {
    // A talking point with a note but not marked; an item switched off for this session.
    const off = textOf(
      buildHandout(
        sampleSource({}, [
          a('achievements', {
            entries: [{ id: 'x1', values: { text: 'Hidden achievement' } }],
            inHandout: false,
          }),
        ]),
      ),
    );
    expect(text).not.toContain('A little sad, mostly proud.');
    expect(off).not.toContain('Hidden achievement');
    expect(off).not.toContain('Went back to the choir');
  });

  it('has the parts in order, with the crisis lines in a clearly set-off box', () => {
    expect(h2s(doc)).toEqual([
      'What you came for',
      'What changed',
      'What you achieved',
      'Your plan for continued growth',
      'Your safety plan',
      'Where to turn next',
      'Coming back',
      'A note from me',
      'More from our sessions',
    ]);
    const callout = doc.blocks.find(
      (b) => b.type === 'callout' && b.title === HANDOUT_SECTION_TITLES['crisis-lines'],
    );
    expect(callout).toMatchObject({
      type: 'callout',
      tone: 'important',
      title: HANDOUT_SECTION_TITLES['crisis-lines'],
    });
    expect(textOf({ ...doc, blocks: [callout!] })).toContain('Samaritans');
  });

  it('charts each measure and the goals as vectors, and leaves scores out when the clinician chose so', () => {
    const charts = doc.blocks.filter((b) => b.type === 'chart');
    expect(charts.map((c) => c.type === 'chart' && c.scene.title)).toEqual([
      'Your PHQ-9 scores over time',
      'Your GAD-7 scores over time',
      'Goals: where they started and where they are now',
    ]);
    const noScores = buildHandout(
      sampleSource({ handout: { ...sampleSource().handout, showScores: false } }),
    );
    const titles = noScores.blocks.flatMap((b) => (b.type === 'chart' ? [b.scene.title] : []));
    expect(titles).toEqual(['Goals: where they started and where they are now']);
    expect(textOf(noScores)).not.toMatch(/PHQ-9/);
  });

  it('speaks to the client in plain words: no clinical jargon in text, charts or their alt text, and "a screening questionnaire, not a diagnosis"', () => {
    const sceneWords = doc.blocks.flatMap((b) =>
      b.type === 'chart' ? [b.scene.title, b.scene.description, JSON.stringify(b.scene)] : [],
    );
    for (const text of [textOf(doc), ...sceneWords])
      expect(text).not.toMatch(
        /remission|caseness|clinical range|moderately severe|needed to be confident/i,
      );
    expect(textOf(doc)).toContain('A screening questionnaire, not a diagnosis.');
    const bandLabels = (d: typeof doc) =>
      d.blocks.flatMap((b) =>
        b.type === 'chart'
          ? (JSON.stringify(b.scene).match(/Hardly at all|Quite a bit|Very much/g) ?? [])
          : [],
      );
    expect(bandLabels(doc).length).toBeGreaterThan(0);
    expect(
      bandLabels(
        buildHandout(
          sampleSource({ handout: { ...sampleSource().handout, chartBandNames: false } }),
        ),
      ),
    ).toEqual([]);
  });

  it('uses the settings page size unless the export overrides it', () => {
    expect(
      buildHandout(sampleSource({ handout: { ...sampleSource().handout, pageSize: 'Letter' } }))
        .pageSize,
    ).toBe('Letter');
    expect(buildHandout(sampleSource(), { pageSize: 'Letter' }).pageSize).toBe('Letter');
  });

  it('prints no line nobody chose: with none chosen, only the region emergency number, else "call your local emergency number"', () => {
    const source = sampleSource({ crisisLines: sampleCrisisLines() }, [
      a('crisis-lines', { crisisLines: [], covered: true }),
    ]);
    expect(textOf(buildHandout(source))).not.toContain('Shout');
    expect(textOf(buildHandout(source))).toContain('If your life is in danger.');
    const none = textOf(buildHandout({ ...source, crisisLines: [] }));
    expect(none).toContain(HANDOUT_SECTION_TITLES['crisis-lines']);
    expect(none).toContain('call your local emergency number');
  });
});

describe('one-page handout', () => {
  it('shows only the picked parts, in handout order, always with the crisis lines', () => {
    const doc = buildOnePageHandout(sampleSource(), ['come-back', 'achievements']);
    expect(h2s(doc)).toEqual(['What you achieved', 'Coming back']);
    expect(doc.blocks.some((b) => b.type === 'callout')).toBe(true);
    expect(textOf(doc)).not.toContain('Sleep through the night');
    expect(textOf(doc)).not.toContain(PRIVATE_REFLECTION);
  });
});

describe('discharge summary', () => {
  const doc = buildDischargeSummary(
    sampleSource({
      course: {
        firstSession: '2024-09-02',
        lastSession: '2025-03-14',
        attended: 14,
        missed: 2,
        presentingConcerns: 'Low mood and worry.',
      },
    }),
  );
  const text = textOf(doc);

  it('is the clinician record: identifying details, course, reason, feedback, measures with metric names, signature', () => {
    expect(doc.title).toBe('Discharge summary');
    for (const s of [
      'Zoë Ørsted',
      'RC-1001',
      '2 September 2024',
      '14',
      'Goals met',
      'Low mood and worry.',
      FEEDBACK_NOTE,
      REPAIR_NOTE,
      'Reliable improvement',
      'Remission',
      'Sleep through the night',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/Finalized 14 March 2025/);
    expect(doc.blocks.some((b) => b.type === 'signature')).toBe(true);
    expect(h2s(doc)).toEqual([
      'Course of care',
      'Presenting concerns',
      'Services and interventions',
      'Progress per goal',
      'Outcome measures',
      'Status and risk at discharge',
      'Prognosis',
      'Recommendations and aftercare',
      'Referrals',
      "Client's response to ending",
      'Amendments',
    ]);
  });

  it('never contains the private reflection', () => {
    expect(text).not.toContain(PRIVATE_REFLECTION);
    expect(text).not.toContain('Reflection-7f3a');
  });

  it('lists outreach attempts for an unplanned ending', () => {
    const source = sampleSource({}, [
      { op: 'reason', reason: { code: 'stopped-attending' } },
      {
        op: 'outreach',
        outreach: [
          {
            id: 'o1',
            date: '2025-02-01',
            method: 'phone',
            outcome: 'left-message',
            note: 'Voicemail',
          },
        ],
      },
    ]);
    const t = textOf(buildDischargeSummary(source));
    expect(t).toContain('Outreach attempts');
    expect(t).toContain('Left a message');
    expect(t).toContain('Client stopped attending');
  });

  it('shows amendments with their reasons', () => {
    const source = sampleSource();
    const amended = {
      ...source,
      finalization: {
        ...source.finalization,
        amendments: [
          {
            at: '2025-04-01T09:00:00.000Z',
            reason: 'Corrected a score date',
            changes: ['Outcome measures: changed'],
            contentHash: 'abc',
          },
        ],
      },
    };
    const t = textOf(buildDischargeSummary(amended));
    expect(t).toContain('1 April 2025 — Corrected a score date');
    expect(t).toContain('Outcome measures: changed');
  });
});

describe('closure letter', () => {
  const directory: ReferralSnapshot[] = [
    'Harbour Group',
    'City Counselling',
    'Night Line Peer Support',
  ].map((name, i) => ({
    id: `d${i}`,
    referralId: null,
    name,
    kind: 'Service',
    phone: '',
    web: '',
    address: '',
    note: '',
  }));

  it('fills placeholders from the profile and client, and keeps unknown ones as typed', () => {
    const text = textOf(
      buildClosureLetter(sampleSource(), {
        variant: 'minimal',
        text: 'Dear {clientName}, call {practicePhone}. {typo}\n\n{clinicianName}',
      }),
    );
    expect(text).toContain('Dear Zoë, call +44 117 496 0000. {typo}');
    expect(text).toContain('Ελπίδα Παπαδοπούλου');
    expect(unknownPlaceholders('Hi {clientName} {oops}')).toEqual(['oops']);
    expect(fillPlaceholders('{a}{b}', { a: '1' })).toBe('1{b}');
  });

  it('minimal: no treatment details; clinical: adds goals; both warm, door open, crisis lines', () => {
    const minimal = textOf(buildClosureLetter(sampleSource(), { variant: 'minimal' }));
    const clinical = textOf(buildClosureLetter(sampleSource(), { variant: 'clinical' }));
    expect(minimal).not.toContain('Sleep through the night');
    expect(minimal).not.toMatch(/PHQ|GAD/);
    expect(clinical).toContain('Sleep through the night (from 2 to 7 out of 10)');
    for (const t of [minimal, clinical]) {
      expect(t).toContain('does not close the door');
      expect(t).toContain('Samaritans');
      expect(t).not.toContain(PRIVATE_REFLECTION);
      expect(t).not.toContain(FEEDBACK_NOTE);
    }
    expect(defaultLetterText('clinical')).toContain('{clientName}');
  });

  it('offers exactly the referrals picked for this client, never a top-up from the directory', () => {
    const none = {
      ...sampleSource({}, [a('referrals', { referrals: [], covered: true })]),
      directoryReferrals: directory,
    };
    const t = textOf(buildClosureLetter(none, { variant: 'minimal' }));
    for (const r of directory) expect(t).not.toContain(r.name);
    expect(t).not.toContain('Other places you can turn to');
    const picked = {
      ...sampleSource({}, [a('referrals', { referrals: [directory[1]!], covered: true })]),
      directoryReferrals: directory,
    };
    const one = textOf(buildClosureLetter(picked, { variant: 'minimal' }));
    expect(one).toContain(directory[1]!.name);
    expect(one).not.toContain(directory[0]!.name);
    expect(one).not.toContain(directory[2]!.name);
  });

  it('has a generic metadata title', () => {
    expect(buildClosureLetter(sampleSource(), { variant: 'minimal' }).title).toBe('Letter');
  });
});

describe('dates', () => {
  it('formats in each setting', () => {
    expect(formatDocumentDate('2025-03-04', 'long')).toBe('4 March 2025');
    expect(formatDocumentDate('2025-03-04T23:00:00Z', 'iso')).toBe('2025-03-04');
    expect(formatDocumentDate('2025-03-04', 'dmy')).toBe('04/03/2025');
    expect(formatDocumentDate('2025-03-04', 'mdy')).toBe('03/04/2025');
  });
});
