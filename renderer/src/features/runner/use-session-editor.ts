import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContentChange, SessionContent } from '../../../../core/checklist';
import { applyContentChanges } from '../../../../core/checklist';
import { AppError } from '../../../../core/result';
import type { Session } from '../../../../core/sessions/session';
import { registerFlusher } from '../../lib/flush';

/** How long typing may pause before it is saved (the brief asks for at most 500 ms). */
export const AUTOSAVE_DEBOUNCE_MS = 300;

const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

/** Where saving stands, for the quiet indicator in the header. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'retrying'; message: string; inSeconds: number }
  | { kind: 'failed'; message: string }
  | { kind: 'amending'; pending: boolean };

/** What the runner needs from the editor. */
export interface SessionEditor {
  session: Session;
  content: SessionContent;
  saveState: SaveState;
  /** Applies a change on screen and queues it for saving; returns a message when it cannot be taken. */
  change: (change: ContentChange) => string | null;
  /** Saves everything queued now. */
  flush: () => Promise<void>;
  /** The reason of the amendment being made, or null when not amending. */
  amendReason: string | null;
  startAmendment: (reason: string) => void;
  /** Saves the queued changes as one amendment with its reason. */
  saveAmendment: () => Promise<string | null>;
  discardAmendment: () => void;
  /** Replaces the session after finalize. */
  replaceSession: (session: Session) => void;
  /** The revision the next save will be based on. */
  currentRev: () => number;
}

function keyOf(change: ContentChange): string {
  return change.op === 'answer' ? `answer:${change.itemId}` : change.op;
}

/** Merges a newer change into an older one for the same target (answer fields: newer wins per field). */
function merge(older: ContentChange | undefined, newer: ContentChange): ContentChange {
  if (older?.op === 'answer' && newer.op === 'answer') return { ...newer, answer: { ...older.answer, ...newer.answer } };
  return newer;
}

function mergeAll(into: Map<string, ContentChange>, changes: Iterable<ContentChange>): void {
  for (const c of changes) into.set(keyOf(c), merge(into.get(keyOf(c)), c));
}

/**
 * Holds a session being run: shows every change at once, saves it (debounced, coalesced per
 * item) with the session's revision, flushes on demand and on lock/window close, and on a failed
 * save keeps the change on screen and in the queue, shows the error and retries.
 */
export function useSessionEditor(initial: Session): SessionEditor {
  const [session, setSession] = useState(initial);
  const [content, setContent] = useState(initial.content);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [amendReason, setAmendReason] = useState<string | null>(null);

  const contentRef = useRef(content);
  const revRef = useRef(initial.rev);
  const pending = useRef(new Map<string, ContentChange>());
  const inflight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryAttempt = useRef(0);
  const amendRef = useRef<string | null>(null);
  const flushRef = useRef<() => Promise<void>>(async () => undefined);

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const sendOnce = useCallback(async (amendment: string | null): Promise<string | null> => {
    if (pending.current.size === 0) return null;
    const changes = [...pending.current.values()];
    pending.current = new Map();
    setSaveState(amendment ? { kind: 'amending', pending: true } : { kind: 'saving' });
    const result = await window.api.sessions
      .update({ id: initial.id, expectedRev: revRef.current, changes, ...(amendment ? { amendment: { reason: amendment } } : {}) })
      .catch(() => ({ ok: false as const, error: { code: 'internal' as const, message: 'The app did not answer.' } }));
    if (result.ok) {
      revRef.current = result.value.rev;
      retryAttempt.current = 0;
      setSession(result.value);
      return null;
    }
    // Keep what failed, with anything typed since on top of it.
    const newer = pending.current;
    pending.current = new Map();
    mergeAll(pending.current, changes);
    mergeAll(pending.current, newer.values());
    if (result.error.code === 'conflict' && !amendment) {
      // Changed elsewhere (or a stale revision): take the latest revision and send again.
      const latest = await window.api.sessions.get({ id: initial.id });
      if (latest.ok) {
        revRef.current = latest.value.rev;
        setSession(latest.value);
      }
    }
    return result.error.message;
  }, [initial.id]);

  const flush = useCallback(async (): Promise<void> => {
    clearTimer();
    if (amendRef.current !== null) return; // amendments are saved with their reason, not autosaved
    while (inflight.current) await inflight.current;
    if (pending.current.size === 0) return;
    let problem: string | null = null;
    const run = sendOnce(null).then((p) => {
      problem = p;
    });
    inflight.current = run;
    await run;
    inflight.current = null;
    if (problem !== null) {
      const attempt = Math.min(retryAttempt.current, RETRY_DELAYS_MS.length - 1);
      retryAttempt.current += 1;
      const delay = RETRY_DELAYS_MS[attempt]!;
      setSaveState({ kind: 'retrying', message: problem, inSeconds: Math.round(delay / 1000) });
      timer.current = setTimeout(() => void flushRef.current(), delay);
      return;
    }
    if (pending.current.size > 0) {
      await flushRef.current();
      return;
    }
    setSaveState({ kind: 'saved' });
  }, [sendOnce]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const change = useCallback((next: ContentChange): string | null => {
    if (session.status === 'finalized' && amendRef.current === null) return 'This session is finalized. Use “Amend” to change it.';
    let updated: SessionContent;
    try {
      updated = applyContentChanges(session.template, contentRef.current, [next]);
    } catch (cause) {
      return cause instanceof AppError ? cause.message : 'That change could not be taken.';
    }
    contentRef.current = updated;
    setContent(updated);
    mergeAll(pending.current, [next]);
    if (amendRef.current !== null) {
      setSaveState({ kind: 'amending', pending: true });
      return null;
    }
    setSaveState((s) => (s.kind === 'retrying' ? s : { kind: 'saving' }));
    clearTimer();
    timer.current = setTimeout(() => void flushRef.current(), retryAttempt.current > 0 ? 1_000 : AUTOSAVE_DEBOUNCE_MS);
    return null;
  }, [session.status, session.template]);

  const saveAmendment = useCallback(async (): Promise<string | null> => {
    const reason = amendRef.current;
    if (reason === null) return null;
    while (inflight.current) await inflight.current;
    if (pending.current.size === 0) return 'Nothing has changed yet.';
    const problem = await sendOnce(reason);
    if (problem !== null) {
      setSaveState({ kind: 'amending', pending: true });
      return problem;
    }
    amendRef.current = null;
    setAmendReason(null);
    setSaveState({ kind: 'saved' });
    return null;
  }, [sendOnce]);

  const startAmendment = useCallback((reason: string) => {
    amendRef.current = reason;
    setAmendReason(reason);
    setSaveState({ kind: 'amending', pending: false });
  }, []);

  const discardAmendment = useCallback(() => {
    pending.current = new Map();
    amendRef.current = null;
    setAmendReason(null);
    contentRef.current = session.content;
    setContent(session.content);
    setSaveState({ kind: 'saved' });
  }, [session.content]);

  const replaceSession = useCallback((next: Session) => {
    revRef.current = next.rev;
    setSession(next);
  }, []);

  // Saved before locking and when the window closes (the vault gate calls flushAll); an
  // amendment in progress is saved with its reason so nothing typed is lost.
  useEffect(
    () =>
      registerFlusher(async () => {
        if (amendRef.current !== null && pending.current.size > 0) await saveAmendment();
        else await flushRef.current();
      }),
    [saveAmendment],
  );

  useEffect(() => {
    const onHide = () => void flushRef.current();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      clearTimer();
    };
  }, []);

  const currentRev = useCallback(() => revRef.current, []);
  return { session, content, saveState, change, flush, amendReason, startAmendment, saveAmendment, discardAmendment, replaceSession, currentRev };
}
