import { useEffect, useRef, useState } from 'react';
import type { ClientOverview } from '../../../../core/contract';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { ClientCard } from './client-card';
import styles from './home.module.css';

/** How many clients the list shows at first and adds each time "Show more" is pressed. */
export const CLIENTS_PER_PAGE = 50;

/** Props of the client list. */
export interface ClientListProps {
  clients: readonly ClientOverview[];
  onStartSession: (overview: ClientOverview) => void;
  onOpen?: ((sessionId: string) => void) | undefined;
  onExport?: ((sessionId: string) => void) | undefined;
}

/**
 * The clients, most recent first, fifty at a time: a practice of many years (thousands of clients,
 * each card a dozen elements) would otherwise build a page of a hundred thousand elements and
 * freeze the window for seconds at every unlock. "Show more" adds the next fifty and moves focus
 * to the first of them.
 */
export function ClientList({ clients, onStartSession, onOpen, onExport }: ClientListProps) {
  const [shown, setShown] = useState(CLIENTS_PER_PAGE);
  const [revealedFrom, setRevealedFrom] = useState<number | null>(null);
  const firstRevealed = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (revealedFrom !== null) firstRevealed.current?.focus();
  }, [revealedFrom]);

  const visible = clients.slice(0, shown);
  const more = Math.min(CLIENTS_PER_PAGE, clients.length - visible.length);
  function showMore() {
    setRevealedFrom(visible.length);
    setShown(visible.length + CLIENTS_PER_PAGE);
  }

  return (
    <>
      <ul className={styles.list} aria-label={t('home.title')}>
        {visible.map((overview, i) => (
          <li
            key={overview.client.id}
            {...(i === revealedFrom ? { ref: firstRevealed, tabIndex: -1 } : {})}
          >
            <ClientCard
              overview={overview}
              onStartSession={() => onStartSession(overview)}
              onOpen={onOpen}
              onExport={onExport}
            />
          </li>
        ))}
      </ul>
      {more > 0 && (
        <div className={styles.more}>
          <p className={styles.muted}>
            {t('home.showing', {
              shown: visible.length.toLocaleString(),
              total: clients.length.toLocaleString(),
            })}
          </p>
          <Button onPress={showMore}>{t('home.showMore', { count: more })}</Button>
        </div>
      )}
    </>
  );
}
