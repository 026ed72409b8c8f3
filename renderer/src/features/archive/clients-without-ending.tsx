import { useState } from 'react';
import type { ClientWithoutEnding } from '../../../../core/contract-parts/archive';
import { foldText } from '../../../../core/search/fold';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import styles from './archive.module.css';

/** Props of the list of clients who have no closing session. */
export interface ClientsWithoutEndingProps {
  clients: readonly ClientWithoutEnding[];
  /** The typed search text: only clients whose name or code contains it are shown. */
  text: string;
  onOpen: (sessionId: string) => void;
}

function matches(entry: ClientWithoutEnding, folded: string): boolean {
  if (!folded) return true;
  const { displayName, preferredName, recordCode } = entry.client;
  return foldText(`${displayName} ${preferredName} ${recordCode}`).includes(folded);
}

/** Clients with no closing document at all, each with "Start a closure letter" (letters already started are in the results). */
export function ClientsWithoutEnding({ clients, text, onOpen }: ClientsWithoutEndingProps) {
  const [problem, setProblem] = useState('');
  const folded = foldText(text.trim());
  const shown = clients.filter((c) => c.closureLetterId === null && matches(c, folded));
  if (shown.length === 0) return null;

  async function startLetter(clientId: string) {
    setProblem('');
    const result = await window.api.sessions.create({ clientId, kind: 'closure-letter' });
    if (result.ok) onOpen(result.value.id);
    else setProblem(result.error.message);
  }

  return (
    <section aria-labelledby="archive-without-title" className={styles.withoutSection}>
      <h2 id="archive-without-title" className={styles.sectionTitle}>
        {t('archive.without.title')}
      </h2>
      <p className={styles.muted}>{t('archive.without.intro')}</p>
      {problem && (
        <p role="alert" className={styles.error}>
          {problem}
        </p>
      )}
      <ul className={styles.withoutList}>
        {shown.map(({ client, closureLetterId }) => (
          <li key={client.id} className={styles.withoutItem}>
            <span dir="auto" className={styles.resultName}>
              {client.displayName}
            </span>
            {closureLetterId ? (
              <Button
                variant="quiet"
                onPress={() => onOpen(closureLetterId)}
                aria-label={t('archive.without.openFor', { name: client.displayName })}
              >
                {t('archive.without.open')}
              </Button>
            ) : (
              <Button
                variant="secondary"
                onPress={() => void startLetter(client.id)}
                aria-label={t('archive.without.startFor', { name: client.displayName })}
              >
                {t('archive.without.start')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
