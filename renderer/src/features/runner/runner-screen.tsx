import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MissingItem } from '../../../../core/checklist';
import {
  isUnplannedEnding,
  missingForFinalize,
  missingSafetyPlanSteps,
  sectionProgress,
} from '../../../../core/checklist';
import type { Client } from '../../../../core/clients/client';
import type { Session } from '../../../../core/sessions/session';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import { useChangedElsewhere } from '../../lib/use-changed-elsewhere';
import { flushAll } from '../../lib/flush';
import { ChangedElsewhereNotice } from './changed-elsewhere-notice';
import { ClientView } from '../client-view/client-view';
import { ClientAgeGroupContext, ClientRegionContext } from './client-region';
import { AmendDialog } from './amend-dialog';
import { FinalizationPanel } from './finalization-panel';
import { FinalizeDialog } from './finalize-dialog';
import { focusMissing } from './focus-missing';
import { OutreachLog } from './outreach-log';
import { runnerCommand } from './runner-keys';
import { SaveStatus } from './save-status';
import { type RailEntry, SectionRail } from './section-rail';
import { SectionPanel } from './section-panel';
import { SectionPicker } from './section-picker';
import { SessionTimer, sectionHint } from './session-timer';
import { useSessionEditor } from './use-session-editor';
import { useSessionTimer } from './use-session-timer';
import { useStickyHead } from './use-sticky-head';
import styles from './runner.module.css';

/** The id of the outreach log's place in the rail (not a template section id: those never start with "_"). */
const OUTREACH_ID = '_outreach';

/** Props of the runner screen. */
export interface RunnerScreenProps {
  sessionId: string;
  onBack: () => void;
  /** Opens the export screen for this session (offered once it is finalized). */
  onExport?: (sessionId: string) => void;
}

/** Loads a session and its client, then shows the runner. */
export function RunnerScreen({ sessionId, onBack, onExport }: RunnerScreenProps) {
  const [state, reload] = useApiLoad(async () => {
    const session = await window.api.sessions.get({ id: sessionId });
    if (!session.ok) return session;
    const client = await window.api.clients.get({ id: session.value.clientId });
    return client.ok
      ? { ok: true as const, value: { session: session.value, client: client.value } }
      : client;
  });
  // Changes to this session from the other computer: offered, then shown after saving what is typed here.
  const changed = useChangedElsewhere((event) =>
    event.changes.some(
      (c) => c.kind === 'session' && c.id === sessionId && c.outcome === 'updated',
    ),
  );
  const [shown, setShown] = useState(0);
  const changedElsewhere = changed.count > shown;
  async function showTheirChanges() {
    await flushAll();
    setShown(changed.count);
    reload();
  }
  if (state.status === 'loading') return <p className={styles.muted}>{t('common.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div role="alert" className={styles.loadError}>
        <p>{t('runner.loadError')}</p>
        <p className={styles.muted}>{state.error.message}</p>
        <div className={styles.dialogActions}>
          <Button onPress={reload}>{t('common.retry')}</Button>
          <Button variant="quiet" onPress={onBack}>
            {t('runner.backToClients')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <>
      {changedElsewhere && <ChangedElsewhereNotice onShow={() => void showTheirChanges()} />}
      <Runner
        key={`${state.value.session.id}:${shown}`}
        initial={state.value.session}
        client={state.value.client}
        onExport={onExport}
      />
    </>
  );
}

function useCurrentSection(sessionId: string, ids: string[]): [string, (id: string) => void] {
  const storageKey = `closing-session.section.${sessionId}`;
  const [current, setCurrent] = useState(() => {
    const saved = sessionStorage.getItem(storageKey);
    return saved && ids.includes(saved) ? saved : ids[0]!;
  });
  const set = useCallback(
    (id: string) => {
      sessionStorage.setItem(storageKey, id);
      setCurrent(id);
    },
    [storageKey],
  );
  return [ids.includes(current) ? current : ids[0]!, set];
}

/** The runner: section rail, the current section, timer, save state, finalize/amend and the client view. */
function Runner({
  initial,
  client,
  onExport,
}: {
  initial: Session;
  client: Client;
  onExport?: (sessionId: string) => void;
}) {
  const editor = useSessionEditor(initial);
  const { session, content } = editor;
  const template = session.template;
  const finalized = session.status === 'finalized';
  const readOnly = finalized && editor.amendReason === null;

  const showOutreach =
    session.kind === 'closure-letter' ||
    (content.reasonForEnding !== null && isUnplannedEnding(content.reasonForEnding.code));
  const progress = useMemo(() => sectionProgress(template, content), [template, content]);
  const entries: RailEntry[] = useMemo(
    () => [
      ...(showOutreach
        ? [
            {
              id: OUTREACH_ID,
              title: t('runner.outreach.rail'),
              progress: {
                covered: content.outreach.length > 0 ? 1 : 0,
                total: 1,
                missingRequired: [],
                private: false,
              },
            },
          ]
        : []),
      ...progress.map((p) => ({ id: p.sectionId, title: p.title, progress: p })),
    ],
    [showOutreach, progress, content.outreach.length],
  );
  const ids = entries.map((e) => e.id);
  const [currentId, setCurrentId] = useCurrentSection(session.id, ids);
  const index = ids.indexOf(currentId);
  const section = template.sections.find((s) => s.id === currentId);
  const timer = useSessionTimer(session.id, template.plannedMinutes, currentId);
  const { stop: stopTimer } = timer;
  // The session's time ends when it is locked.
  useEffect(() => {
    if (finalized) stopTimer();
  }, [finalized, stopTimer]);

  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes after a screen change (opening, leaving the client view, finalizing), so it
  // never falls to the page body and the next Tab does not restart at the skip link.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const clientViewRef = useRef<HTMLButtonElement>(null);
  const exportRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'title' | 'client-view' | 'finalized' | null>('title');
  const headRef = useStickyHead<HTMLElement>();
  const focusHeading = useRef(false);
  const [clientView, setClientView] = useState(false);
  const [finalizing, setFinalizing] = useState(false);
  const [amending, setAmending] = useState(false);
  const [amendProblem, setAmendProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const goTo = useCallback(
    (id: string, focusItem?: string, parts: readonly string[] = []) => {
      void editor.flush();
      focusHeading.current = !focusItem;
      setCurrentId(id);
      if (focusItem) {
        requestAnimationFrame(() => requestAnimationFrame(() => focusMissing(focusItem, parts)));
      }
    },
    [editor, setCurrentId],
  );

  useEffect(() => {
    if (focusHeading.current) headingRef.current?.focus();
    focusHeading.current = false;
  }, [currentId]);

  useEffect(() => {
    const next = focusNext.current;
    if (clientView || !next) return;
    focusNext.current = null;
    if (next === 'title') titleRef.current?.focus();
    else if (next === 'client-view') clientViewRef.current?.focus();
    else (exportRef.current ?? document.getElementById('finalized-title'))?.focus();
  }, [clientView, finalized]);

  const openClientView = useCallback(() => {
    void editor.flush();
    setClientView(true);
  }, [editor]);
  const openFinalize = useCallback(() => {
    if (!finalized) setFinalizing(true);
  }, [finalized, setFinalizing]);
  const openExport = useCallback(() => {
    if (finalized && onExport) void editor.flush().then(() => onExport(session.id));
  }, [finalized, onExport, editor, session.id]);

  const step = useCallback(
    (delta: number) => {
      const next = ids[index + delta];
      if (next) goTo(next);
    },
    [ids, index, goTo],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (clientView) return;
      const command = runnerCommand(event);
      if (!command) return;
      if (command === 'client-view') {
        event.preventDefault();
        openClientView();
        return;
      }
      if (finalizing || amending) return;
      if (command === 'finalize' || command === 'export') {
        event.preventDefault();
        if (command === 'finalize') openFinalize();
        else openExport();
        return;
      }
      if (command === 'next' || command === 'previous') {
        event.preventDefault();
        step(command === 'next' ? 1 : -1);
        return;
      }
      const point = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(
        '[data-talking-point]',
      );
      if (command === 'tick' && point && !readOnly) {
        event.preventDefault();
        const itemId = point.dataset.talkingPoint!;
        editor.change({
          op: 'answer',
          itemId,
          answer: { covered: content.answers[itemId]?.covered !== true },
        });
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [
    clientView,
    finalizing,
    amending,
    step,
    editor,
    readOnly,
    content,
    openClientView,
    openFinalize,
    openExport,
  ]);

  useEffect(
    () =>
      window.appEvents.on('menu.command', ({ command }) => {
        if (command === 'client-view') openClientView();
        else if (command === 'finalize') openFinalize();
        else if (command === 'export') openExport();
      }),
    [openClientView, openFinalize, openExport],
  );

  const missing = useMemo(() => missingForFinalize(template, content), [template, content]);

  async function finalize(): Promise<string | null> {
    await editor.flush();
    const result = await window.api.sessions.finalize({
      id: session.id,
      expectedRev: editor.currentRev(),
    });
    if (!result.ok) return result.error.message;
    focusNext.current = 'finalized';
    editor.replaceSession(result.value);
    setFinalizing(false);
    setNotice(t('runner.finalize.done'));
    return null;
  }

  function goToMissing(item: MissingItem) {
    setFinalizing(false);
    // A safety plan opens at its first empty needed step, never at its handout switch.
    const kind = template.sections.flatMap((s) => s.items).find((i) => i.id === item.itemId)?.kind;
    const parts =
      kind === 'safety-plan'
        ? missingSafetyPlanSteps(content.answers[item.itemId]?.safetyPlan).map(
            (s) => `${item.itemId}-${s.key}`,
          )
        : [];
    goTo(item.sectionId, item.itemId, parts);
  }

  if (clientView)
    return (
      <ClientView
        template={template}
        content={content}
        client={client}
        onExit={() => {
          focusNext.current = 'client-view';
          setClientView(false);
        }}
      />
    );

  return (
    <ClientRegionContext.Provider value={client.region ?? ''}>
      <ClientAgeGroupContext.Provider value={client.ageGroup ?? 'adult'}>
        <div className={styles.runner} onBlur={() => void editor.flush()}>
          <header className={styles.head} ref={headRef} data-runner-head="">
            <div className={styles.titleBlock}>
              <p className={styles.eyebrow}>
                {t(`document.kind.${session.kind}`)} · {template.name}
              </p>
              <h1
                className={styles.title}
                dir="auto"
                ref={titleRef}
                tabIndex={-1}
                title={client.displayName}
              >
                {client.displayName}
              </h1>
            </div>
            <SessionTimer
              done={finalized}
              state={timer.state}
              onToggle={timer.toggle}
              onPlanned={timer.setPlanned}
            />
            <SaveStatus state={editor.saveState} onRetry={() => void editor.flush()} />
            <div className={styles.headActions}>
              <Button
                ref={clientViewRef}
                onPress={openClientView}
                aria-keyshortcuts="Control+Shift+C Meta+Shift+C"
              >
                {t('runner.clientView.open')}
              </Button>
              {!finalized && (
                <Button
                  variant="primary"
                  onPress={openFinalize}
                  aria-keyshortcuts="Control+Shift+F Meta+Shift+F"
                >
                  {t('runner.finalize.open')}
                </Button>
              )}
              {finalized && onExport && (
                <Button
                  ref={exportRef}
                  variant={editor.amendReason === null ? 'primary' : 'secondary'}
                  onPress={openExport}
                  aria-keyshortcuts="Control+Shift+E Meta+Shift+E"
                >
                  {t('runner.export.open')}
                </Button>
              )}
            </div>
          </header>
          <p role="status" className={notice ? styles.notice : 'visually-hidden'}>
            {notice}
          </p>
          <FinalizationPanel
            session={session}
            amendReason={editor.amendReason}
            amendPending={editor.saveState.kind === 'amending' && editor.saveState.pending}
            problem={amendProblem}
            onAmend={() => setAmending(true)}
            onSaveAmendment={async () => {
              const problem = await editor.saveAmendment();
              setAmendProblem(problem);
              if (!problem) setNotice(t('runner.amend.saved'));
            }}
            onDiscard={() => {
              setAmendProblem(null);
              editor.discardAmendment();
            }}
          />
          <div className={styles.panes}>
            <SectionPicker entries={entries} currentId={currentId} onSelect={(id) => goTo(id)} />
            <div className={styles.railColumn}>
              <SectionRail entries={entries} currentId={currentId} onSelect={(id) => goTo(id)} />
              <p className={styles.keys}>{t('runner.keys')}</p>
            </div>
            <div className={styles.content}>
              {currentId === OUTREACH_ID ? (
                <section className={styles.panel} aria-labelledby="section-outreach">
                  <header className={styles.panelHead}>
                    <h2
                      id="section-outreach"
                      ref={headingRef}
                      tabIndex={-1}
                      className={styles.sectionTitle}
                    >
                      {t('runner.outreach.rail')}
                    </h2>
                  </header>
                  <OutreachLog content={content} readOnly={readOnly} onChange={editor.change} />
                </section>
              ) : (
                section && (
                  <SectionPanel
                    key={section.id}
                    section={section}
                    content={content}
                    readOnly={readOnly}
                    onChange={editor.change}
                    headingRef={headingRef}
                    hint={sectionHint(
                      section.timeHintMinutes,
                      timer.state.bySection[section.id] ?? 0,
                      timer.state.running,
                    )}
                  />
                )
              )}
              <nav className={styles.stepNav} aria-label={t('runner.stepNav')}>
                {index > 0 ? (
                  <Button
                    onPress={() => step(-1)}
                    aria-keyshortcuts="Control+BracketLeft Alt+ArrowUp"
                  >
                    ← {entries[index - 1]!.title}
                  </Button>
                ) : (
                  <span />
                )}
                {index < entries.length - 1 && (
                  <Button
                    onPress={() => step(1)}
                    aria-keyshortcuts="Control+BracketRight Alt+ArrowDown"
                  >
                    {entries[index + 1]!.title} →
                  </Button>
                )}
              </nav>
            </div>
          </div>
          {finalizing && (
            <FinalizeDialog
              missing={missing}
              sectionTitle={(id) => template.sections.find((s) => s.id === id)?.title ?? ''}
              onGoTo={goToMissing}
              onFinalize={finalize}
              onClose={() => setFinalizing(false)}
            />
          )}
          {amending && (
            <AmendDialog
              onClose={() => setAmending(false)}
              onStart={(reason) => {
                setAmending(false);
                setAmendProblem(null);
                editor.startAmendment(reason);
              }}
            />
          )}
        </div>
      </ClientAgeGroupContext.Provider>
    </ClientRegionContext.Provider>
  );
}
