import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContentChange, SessionContent } from '../../../../core/checklist';
import { applyContentChanges } from '../../../../core/checklist';
import { AppError } from '../../../../core/result';
import type { Session } from '../../../../core/sessions/session';
import { keepBothOnConflict } from '../../../../core/sync/keep-both-on-conflict';
import { t } from '../../i18n/t';
import { registerFlusher } from '../../lib/flush';
import { AutosaveQueue, type SaveState } from './autosave-queue';

export type { SaveState } from './autosave-queue';

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
  // One queue for the editor's life (the setters it calls are stable).
  const [queue] = useState(
    () =>
      new AutosaveQueue<Session>({
        rev: initial.rev,
        send: (changes, expectedRev, amendment) =>
          window.api.sessions.update({
            id: initial.id,
            expectedRev,
            changes,
            ...(amendment ? { amendment: { reason: amendment } } : {}),
          }),
        reload: () => window.api.sessions.get({ id: initial.id }),
        initial,
        onStored: setSession,
        onState: setSaveState,
        onAmendReason: setAmendReason,
        messages: {
          noAnswer: t('runner.save.noAnswer'),
          nothingChanged: t('runner.save.nothingChanged'),
        },
      }),
  );

  // Changed on the other computer meanwhile: an answer changed on both keeps both versions
  // (on screen too), the rest is sent as it is.
  useEffect(() => {
    queue.setReconcile((pending, latest, base) => {
      if (!base) return pending;
      const changes = keepBothOnConflict({
        pending,
        base: base.content,
        latest: latest.content,
        local: contentRef.current,
      });
      const kept = changes.filter((c, i) => c !== pending[i]);
      if (kept.length === 0) return changes;
      try {
        contentRef.current = applyContentChanges(latest.template, contentRef.current, kept);
      } catch {
        // Both versions together break a limit (e.g. length): this computer's is sent, as before.
        return pending;
      }
      setContent(contentRef.current);
      return changes;
    });
    return () => queue.setReconcile(undefined);
  }, [queue]);

  const flush = useCallback(() => queue.flush(), [queue]);

  const change = useCallback(
    (next: ContentChange): string | null => {
      if (session.status === 'finalized' && queue.amendReason() === null)
        return t('runner.change.finalized');
      let updated: SessionContent;
      try {
        updated = applyContentChanges(session.template, contentRef.current, [next]);
      } catch (cause) {
        return cause instanceof AppError ? cause.message : t('runner.change.notTaken');
      }
      contentRef.current = updated;
      setContent(updated);
      queue.enqueue(next);
      return null;
    },
    [queue, session.status, session.template],
  );

  const saveAmendment = useCallback(() => queue.saveAmendment(), [queue]);
  const startAmendment = useCallback((reason: string) => queue.startAmendment(reason), [queue]);

  const discardAmendment = useCallback(() => {
    queue.discardAmendment();
    contentRef.current = session.content;
    setContent(session.content);
  }, [queue, session.content]);

  const replaceSession = useCallback(
    (next: Session) => {
      queue.setRev(next.rev);
      setSession(next);
    },
    [queue],
  );

  // Saved before locking and when the window closes (the vault gate calls flushAll); an
  // amendment in progress is saved with its reason so nothing typed is lost.
  useEffect(() => registerFlusher(() => queue.flushForExit()), [queue]);

  useEffect(() => {
    const onHide = () => void queue.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      queue.cancelTimer();
    };
  }, [queue]);

  const currentRev = useCallback(() => queue.currentRev(), [queue]);
  return {
    session,
    content,
    saveState,
    change,
    flush,
    amendReason,
    startAmendment,
    saveAmendment,
    discardAmendment,
    replaceSession,
    currentRev,
  };
}
