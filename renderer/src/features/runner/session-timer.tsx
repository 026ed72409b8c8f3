import { useId } from 'react';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import type { TimerState } from './use-session-timer';
import { clock } from './use-session-timer';
import styles from './runner.module.css';

const LENGTHS = [20, 30, 45, 50, 60, 75, 90];

/** Props of the timer in the runner's header. */
export interface SessionTimerProps {
  state: TimerState;
  onToggle: () => void;
  onPlanned: (minutes: number) => void;
  /** The session is finalized: the timer has stopped and cannot be started again. */
  done?: boolean;
}

/** Start/pause, elapsed time and the planned length — quiet, no alarms; past the plan it only says so. */
export function SessionTimer({ state, onToggle, onPlanned, done = false }: SessionTimerProps) {
  const id = useId();
  const over = state.elapsedMs > state.plannedMinutes * 60_000;
  const lengths = [...new Set([...LENGTHS, state.plannedMinutes])].sort((a, b) => a - b);
  return (
    <div className={styles.timer} role="group" aria-label={t('runner.timer.label')}>
      <Button
        variant="quiet"
        onPress={onToggle}
        aria-pressed={state.running}
        isDisabled={done}
        className={styles.timerButton}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={styles.icon}>
          {state.running ? (
            <path d="M8 5h3v14H8zM13 5h3v14h-3z" fill="currentColor" />
          ) : (
            <path d="M8 5l11 7-11 7z" fill="currentColor" />
          )}
        </svg>
        {state.running
          ? t('runner.timer.pause')
          : state.elapsedMs > 0
            ? t('runner.timer.resume')
            : t('runner.timer.start')}
      </Button>
      <span
        role="timer"
        className={styles.timerValue}
        aria-label={t('runner.timer.elapsed', { time: clock(state.elapsedMs) })}
      >
        {clock(state.elapsedMs)}
      </span>
      <label htmlFor={id} className={styles.timerOf}>
        {t('runner.timer.of')}
      </label>
      <select
        id={id}
        className={styles.timerSelect}
        value={state.plannedMinutes}
        onChange={(e) => onPlanned(Number(e.target.value))}
      >
        {lengths.map((m) => (
          <option key={m} value={m}>
            {t('runner.timer.minutes', { count: m })}
          </option>
        ))}
      </select>
      {over && <span className={styles.timerOver}>{t('runner.timer.over')}</span>}
    </div>
  );
}

/** The gentle hint for the current section: the suggested minutes and how long it has taken so far. */
export function sectionHint(hintMinutes: number, spentMs: number, running: boolean): string {
  if (hintMinutes <= 0) return '';
  if (!running && spentMs < 1000) return t('runner.timer.hint', { count: hintMinutes });
  const spent = Math.floor(spentMs / 60_000);
  if (spentMs > hintMinutes * 60_000) return t('runner.timer.hintOver', { count: hintMinutes });
  return t('runner.timer.hintSoFar', { count: hintMinutes, spent: clock(spentMs), minutes: spent });
}
