import { useEffect, useState } from 'react';
import type { ClientOverview } from '../../../../core/contract';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import { useChangedElsewhere } from '../../lib/use-changed-elsewhere';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { ClientList } from './client-list';
import { EmptyState } from './empty-state';
import { QuarantineNotice } from './quarantine-notice';
import styles from './home.module.css';

/** Props of the home screen. */
export interface HomeScreenProps {
  notice?: string;
  onNewClient: () => void;
  /** Opens a closing document in the runner. */
  onOpenSession?: (sessionId: string) => void;
  /** Starts a closing document for a client with a chosen template. */
  onStartSession?: (clientId: string) => void;
  /** Opens the PDF export for a closing document. */
  onExport?: (sessionId: string) => void;
}

/** Home: every client with their closing documents, or a short explanation when there are none. */
export function HomeScreen({
  notice,
  onNewClient,
  onExport,
  onOpenSession,
  onStartSession,
}: HomeScreenProps) {
  const [state, reload] = useApiLoad(() => window.api.clients.list({}));
  // Clients and sessions added or changed on the other computer appear by themselves.
  const changed = useChangedElsewhere();
  useEffect(() => {
    if (changed.count > 0) reload();
  }, [changed.count, reload]);
  const [status, setStatus] = useState(notice ?? '');
  const headingRef = useFocusHeading<HTMLHeadingElement>();

  async function startSession(overview: ClientOverview) {
    const result = await window.api.sessions.create({
      clientId: overview.client.id,
      kind: 'closing-session',
    });
    setStatus(
      result.ok
        ? t('home.sessionStarted', { name: overview.client.displayName })
        : result.error.message,
    );
    reload();
  }

  return (
    <section aria-labelledby="home-title" className={styles.screen}>
      <div className={styles.titleRow}>
        <h1 id="home-title" ref={headingRef} tabIndex={-1} className={styles.title}>
          {t('home.title')}
        </h1>
        {state.status === 'ready' && state.value.length > 0 && (
          <Button variant="primary" onPress={onNewClient}>
            {t('home.newClient')}
          </Button>
        )}
      </div>
      <QuarantineNotice />
      <p role="status" className={status ? styles.notice : 'visually-hidden'}>
        {status}
      </p>
      {state.status === 'loading' && <p className={styles.muted}>{t('common.loading')}</p>}
      {state.status === 'error' && (
        <div role="alert" className={styles.error}>
          <p>{t('home.loadError')}</p>
          <p className={styles.muted}>{state.error.message}</p>
          <Button onPress={reload}>{t('common.retry')}</Button>
        </div>
      )}
      {state.status === 'ready' && state.value.length === 0 && <EmptyState onStart={onNewClient} />}
      {state.status === 'ready' && state.value.length > 0 && (
        <>
          <p className={styles.muted}>{t('home.clientCount', { count: state.value.length })}</p>
          <ClientList
            clients={state.value}
            onStartSession={(overview) =>
              onStartSession ? onStartSession(overview.client.id) : void startSession(overview)
            }
            onOpen={onOpenSession}
            onExport={onExport}
          />
        </>
      )}
    </section>
  );
}
