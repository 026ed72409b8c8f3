import type { ClientOverview } from '../../../../core/contract';
import { Button } from '../../components/button';
import { formatDate, t } from '../../i18n/t';
import styles from './home.module.css';

/** One client on the home screen: who they are and their closing documents. */
export function ClientCard({
  overview,
  onStartSession,
  onExport,
  onOpen,
}: {
  overview: ClientOverview;
  onStartSession: () => void;
  onExport?: (sessionId: string) => void;
  onOpen?: (sessionId: string) => void;
}) {
  const { client, documents } = overview;
  const hasDraftSession = documents.some(
    (d) => d.kind === 'closing-session' && d.status === 'draft',
  );
  return (
    <article className={styles.card} aria-labelledby={`client-${client.id}`}>
      <div className={styles.cardHead}>
        <div>
          <h2 id={`client-${client.id}`} className={styles.clientName} dir="auto">
            {client.displayName}
          </h2>
          <p className={styles.meta}>
            {client.preferredName && (
              <span dir="auto">{t('home.preferredName', { name: client.preferredName })}</span>
            )}
            {client.pronouns && <span dir="auto">{client.pronouns}</span>}
            {client.recordCode && (
              <span dir="auto">{t('home.recordCode', { code: client.recordCode })}</span>
            )}
          </p>
        </div>
        {!hasDraftSession && (
          <Button
            variant="quiet"
            onPress={onStartSession}
            aria-label={t('home.startSessionFor', { name: client.displayName })}
          >
            {t('home.startSession')}
          </Button>
        )}
      </div>
      {documents.length === 0 ? (
        <p className={styles.muted}>{t('home.documents', { count: 0 })}</p>
      ) : (
        <ul
          className={styles.documents}
          aria-label={t('home.documents', { count: documents.length })}
        >
          {documents.map((doc) => (
            <li key={doc.id} className={styles.document}>
              <span className={styles.docKind}>{t(`document.kind.${doc.kind}`)}</span>
              <span className={doc.status === 'finalized' ? styles.badgeDone : styles.badge}>
                {t(`document.status.${doc.status}`)}
              </span>
              <span className={styles.muted}>
                {t('document.started', { date: formatDate(doc.createdAt) })}
              </span>
              {onOpen && (
                <Button
                  variant="quiet"
                  onPress={() => onOpen(doc.id)}
                  aria-label={t('home.openNamed', {
                    kind: t(`document.kind.${doc.kind}`).toLowerCase(),
                    name: client.displayName,
                  })}
                >
                  {t('home.open')}
                </Button>
              )}
              {onExport && (
                <Button
                  variant="quiet"
                  onPress={() => onExport(doc.id)}
                  aria-label={t('documents.exportEntryFor', { name: client.displayName })}
                >
                  {t('documents.exportEntry')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
