/**
 * The two keepsakes: the letter to the client's future self (its own handout page only when the
 * client wants it; never in the discharge summary) and the agreed check-in (printed on the
 * handout, saved as an RFC 5545 calendar file that names no client and carries no notes, repeat
 * scores recorded against the closed case as an amendment, listed among check-ins due).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repeatScoresChange } from '../../../core/checklist/check-in';
import { sampleChanges } from '../../core/handout-model/sample-session';
import { readPdf } from '../pdf/pdf-reader';
import { fromBase64, sampleVault } from './documents-helpers';

const LETTER =
  'Dear me, remember the walk by the river in March.\n\nYou can ask for help again: that is a strength.';

function letterChange(inHandout: boolean) {
  return {
    op: 'answer',
    itemId: 'future-self-letter',
    answer: { text: LETTER, inHandout },
  };
}

const CHECK_IN = { op: 'check-in', checkIn: { date: '2025-06-12', kind: 'check-in' } };

async function pdfText(
  h: Awaited<ReturnType<typeof sampleVault>>['h'],
  sessionId: string,
  kind: 'handout' | 'discharge-summary',
) {
  const doc = await h.call('documents.export', { sessionId, kind });
  const read = await readPdf(
    fromBase64((await h.call('documents.getPdf', { documentId: doc.id })).base64),
  );
  return read;
}

/** A tiny RFC 5545 reader: unfolds lines and returns each VEVENT's properties (name → value). */
function parseIcs(text: string): { lines: string[]; events: Record<string, string>[] } {
  const lines = text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter(Boolean);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      current[name] = line.slice(colon + 1);
      current[`${name}#params`] = line.slice(0, colon);
    }
  }
  return { lines, events };
}

describe('the letter to my future self', () => {
  it('is its own handout page when the client wants it, and never in the discharge summary', async () => {
    const { h, session } = await sampleVault({ changes: [...sampleChanges(), letterChange(true)] });
    const handout = await pdfText(h, session.id, 'handout');
    const page = handout.pages.find((p) => p.text.includes('A letter to my future self'));
    expect(page).toBeDefined();
    expect(page!.text).toContain('remember the walk by the river in March.');
    expect(page!.text).toContain('Written in our last session');
    // Its own page: nothing of the handout's other parts shares it.
    expect(page!.text).not.toContain('A note from me');
    const summary = await pdfText(h, session.id, 'discharge-summary');
    expect(summary.text).not.toContain('remember the walk');
    expect(summary.text).not.toContain('A letter to my future self');
  });

  it('stays out of the handout when the switch is off', async () => {
    const { h, session } = await sampleVault({
      changes: [...sampleChanges(), letterChange(false)],
    });
    const handout = await pdfText(h, session.id, 'handout');
    expect(handout.text).not.toContain('remember the walk');
    expect(handout.text).not.toContain('A letter to my future self');
  });
});

describe('the agreed check-in', () => {
  it('is printed on the handout', async () => {
    const { h, session } = await sampleVault({ changes: [...sampleChanges(), CHECK_IN] });
    expect((await pdfText(h, session.id, 'handout')).text).toContain('Check-in date: 12 June 2025');
  });

  it('is saved as a calendar file with the date, a summary without the client and no notes', async () => {
    const { h, session, asked, choose } = await sampleVault({
      changes: [...sampleChanges(), CHECK_IN],
    });
    const dir = await mkdtemp(join(tmpdir(), 'check-in-'));
    choose(join(dir, 'my-calendar'));
    const saved = await h.call('sessions.saveCheckIn', { id: session.id });
    expect(asked.at(-1)?.defaultName).toBe('check-in-2025-06-12.ics');
    expect(saved).toEqual({ saved: true, fileName: 'my-calendar.ics' });
    const text = await readFile(join(dir, 'my-calendar.ics'), 'utf8');
    const { lines, events } = parseIcs(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.DTSTART).toBe('20250612');
    expect(event['DTSTART#params']).toBe('DTSTART;VALUE=DATE');
    expect(event.DTEND).toBe('20250613');
    expect(event.SUMMARY).toBe('Check-in — Closing Session');
    expect(event.UID).toBeTruthy();
    for (const name of ['Zoë', 'Ørsted', 'RC-1001']) expect(text).not.toContain(name);
    for (const prop of ['DESCRIPTION', 'LOCATION', 'ATTENDEE', 'ORGANIZER'])
      expect(event[prop]).toBeUndefined();
  });

  it('writes nothing when the dialog is cancelled, and asks for a date first', async () => {
    const { h, session, choose } = await sampleVault({ changes: [...sampleChanges(), CHECK_IN] });
    choose(null);
    expect(await h.call('sessions.saveCheckIn', { id: session.id })).toEqual({ saved: false });
    const bare = await sampleVault();
    await expect(bare.h.call('sessions.saveCheckIn', { id: bare.session.id })).rejects.toThrow(
      /check-in date/,
    );
  });

  it('takes repeat PHQ-9 and GAD-7 scores against the closed case as an amendment', async () => {
    const { h, session } = await sampleVault({ changes: [...sampleChanges(), CHECK_IN] });
    expect(session.status).toBe('finalized');
    const change = repeatScoresChange(session.template, session.content, '2025-06-12', [
      { id: 'a'.repeat(32), measureId: 'phq-9', score: 4 },
      { id: 'b'.repeat(32), measureId: 'gad-7', score: 3 },
    ]);
    await expect(
      h.call('sessions.update', { id: session.id, expectedRev: session.rev, changes: [change] }),
    ).rejects.toThrow();
    const amended = await h.call('sessions.update', {
      id: session.id,
      expectedRev: session.rev,
      changes: [change],
      amendment: { reason: 'Check-in on 2025-06-12: repeat scores' },
    });
    expect(amended.status).toBe('finalized');
    expect(amended.finalization.amendments).toHaveLength(1);
    const scores = amended.content.answers.measures?.scores ?? [];
    expect(
      scores.filter((s) => s.date === '2025-06-12').map((s) => [s.measureId, s.score]),
    ).toEqual([
      ['phq-9', 4],
      ['gad-7', 3],
    ]);
    expect(await h.call('sessions.verify', { id: session.id })).toBe('verified');
  });

  it('is listed among check-ins due once its day comes, finalized sessions only', async () => {
    const { h, session, client } = await sampleVault({ changes: [...sampleChanges(), CHECK_IN] });
    expect(await h.call('sessions.checkInsDue', { until: '2025-06-11' })).toEqual([]);
    expect(await h.call('sessions.checkInsDue', { until: '2025-06-12' })).toEqual([
      { sessionId: session.id, clientId: client.id, date: '2025-06-12', kind: 'check-in' },
    ]);
    const draft = await h.call('sessions.create', { clientId: client.id });
    await h.call('sessions.update', { id: draft.id, expectedRev: draft.rev, changes: [CHECK_IN] });
    expect(await h.call('sessions.checkInsDue', { until: '2030-01-01' })).toHaveLength(1);
  });
});
