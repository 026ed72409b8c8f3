import { useId, useState } from 'react';
import { CHECK_IN_KIND_LABELS, repeatScoresChange } from '../../../../core/checklist';
import type { RepeatScore } from '../../../../core/checklist';
import { isIsoDate } from '../../../../core/measures';
import type { Session } from '../../../../core/sessions/session';
import { Button } from '../../components/button';
import { formatDate } from '../../i18n/t';
import styles from './document-view.module.css';

/** This panel's own wording (kept here so it needs no shared catalogue edit). */
const WORDS = {
  title: 'Check-in',
  agreed: (kind: string, date: string) => `${kind} agreed for ${date}.`,
  none: 'No check-in date was agreed in this session.',
  save: 'Save calendar file…',
  saved: (name: string) => `Saved as ${name}.`,
  scoresTitle: 'Record check-in scores',
  scoresIntro:
    'Repeat scores taken at the check-in are added to this closed case as an amendment, with the reason shown below.',
  date: 'Date taken (YYYY-MM-DD)',
  phq9: 'PHQ-9 total (0–27)',
  gad7: 'GAD-7 total (0–21)',
  record: 'Record as amendment',
  recorded: 'Check-in scores recorded as an amendment.',
  needScore: 'Enter a PHQ-9 or GAD-7 total.',
  needDate: 'Enter the date as YYYY-MM-DD.',
  reason: (date: string) => `Check-in on ${date}: repeat scores`,
} as const;

function newEntryId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/** Props of the check-in panel. */
export interface CheckInPanelProps {
  session: Session;
  onChanged: () => void;
}

/**
 * The agreed follow-up of an archived session: save it as a calendar file (no client data in
 * it), and at the check-in record repeat PHQ-9/GAD-7 totals against the finalized record as an
 * amendment.
 */
export function CheckInPanel({ session, onChanged }: CheckInPanelProps) {
  const id = useId();
  const checkIn = session.content.checkIn;
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [date, setDate] = useState(checkIn?.date ?? '');
  const [phq9, setPhq9] = useState('');
  const [gad7, setGad7] = useState('');

  async function saveIcs() {
    setBusy(true);
    setNotice('');
    setProblem('');
    const result = await window.api.sessions.saveCheckIn({ id: session.id });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    if (result.value.saved) setNotice(WORDS.saved(result.value.fileName));
  }

  async function recordScores() {
    setNotice('');
    setProblem('');
    if (!isIsoDate(date.trim())) return setProblem(WORDS.needDate);
    const scores: RepeatScore[] = [];
    if (phq9.trim())
      scores.push({ id: newEntryId(), measureId: 'phq-9', score: Number(phq9.trim()) });
    if (gad7.trim())
      scores.push({ id: newEntryId(), measureId: 'gad-7', score: Number(gad7.trim()) });
    if (scores.length === 0) return setProblem(WORDS.needScore);
    setBusy(true);
    try {
      const change = repeatScoresChange(session.template, session.content, date.trim(), scores);
      const result = await window.api.sessions.update({
        id: session.id,
        expectedRev: session.rev,
        changes: [change],
        amendment: { reason: WORDS.reason(date.trim()) },
      });
      if (!result.ok) return setProblem(result.error.message);
      setPhq9('');
      setGad7('');
      setNotice(WORDS.recorded);
      onChanged();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const field = (key: string, label: string, value: string, set: (v: string) => void) => (
    <div className={styles.checkInField}>
      <label htmlFor={`${id}-${key}`} className={styles.checkInLabel}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        className={styles.checkInInput}
        value={value}
        inputMode="numeric"
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );

  return (
    <section aria-labelledby={`${id}-title`} className={styles.panel} data-testid="check-in-panel">
      <h2 id={`${id}-title`} className={styles.panelTitle}>
        {WORDS.title}
      </h2>
      {checkIn ? (
        <>
          <p>{WORDS.agreed(CHECK_IN_KIND_LABELS[checkIn.kind], formatDate(checkIn.date))}</p>
          <div className={styles.actions}>
            <Button isDisabled={busy} onPress={() => void saveIcs()}>
              {WORDS.save}
            </Button>
          </div>
        </>
      ) : (
        <p className={styles.muted}>{WORDS.none}</p>
      )}
      {session.status === 'finalized' && (
        <>
          <h3 className={styles.checkInSubtitle}>{WORDS.scoresTitle}</h3>
          <p className={styles.muted}>{WORDS.scoresIntro}</p>
          <div className={styles.checkInRow}>
            {field('date', WORDS.date, date, setDate)}
            {field('phq9', WORDS.phq9, phq9, setPhq9)}
            {field('gad7', WORDS.gad7, gad7, setGad7)}
          </div>
          <div className={styles.actions}>
            <Button variant="primary" isDisabled={busy} onPress={() => void recordScores()}>
              {WORDS.record}
            </Button>
          </div>
        </>
      )}
      {problem && (
        <p role="alert" className={styles.errorBox}>
          {problem}
        </p>
      )}
      {notice && (
        <p role="status" className={styles.notice}>
          {notice}
        </p>
      )}
    </section>
  );
}
