import { useCallback, useEffect, useState } from 'react';

/** The timer's state: running or paused, total and per-section time in ms, and the planned length. */
export interface TimerState {
  running: boolean;
  elapsedMs: number;
  bySection: Record<string, number>;
  plannedMinutes: number;
}

const key = (sessionId: string) => `closing-session.timer.${sessionId}`;

function load(sessionId: string, plannedMinutes: number): TimerState {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key(sessionId)) ?? 'null') as TimerState | null;
    if (saved && typeof saved.elapsedMs === 'number') return { ...saved, running: false };
  } catch {
    // A damaged entry starts a fresh timer.
  }
  return { running: false, elapsedMs: 0, bySection: {}, plannedMinutes };
}

/**
 * A calm session timer: start/pause, total time and time per section, planned length from the
 * template. Kept for the browser session (times only, no client data) so a reload keeps it.
 */
export function useSessionTimer(sessionId: string, plannedMinutes: number, sectionId: string) {
  const [state, setState] = useState<TimerState>(() => load(sessionId, plannedMinutes));

  useEffect(() => {
    if (!state.running) return;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      const delta = now - last;
      last = now;
      setState((s) => ({
        ...s,
        elapsedMs: s.elapsedMs + delta,
        bySection: { ...s.bySection, [sectionId]: (s.bySection[sectionId] ?? 0) + delta },
      }));
    }, 1000);
    return () => clearInterval(tick);
  }, [state.running, sectionId]);

  useEffect(() => {
    sessionStorage.setItem(key(sessionId), JSON.stringify(state));
  }, [sessionId, state]);

  const toggle = useCallback(() => setState((s) => ({ ...s, running: !s.running })), []);
  const stop = useCallback(() => setState((s) => (s.running ? { ...s, running: false } : s)), []);
  const setPlanned = useCallback(
    (minutes: number) => setState((s) => ({ ...s, plannedMinutes: minutes })),
    [],
  );
  return { state, toggle, stop, setPlanned };
}

/** Formats milliseconds as m:ss (or h:mm:ss). */
export function clock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
