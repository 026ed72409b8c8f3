import type { ArchiveHit } from '../../../../core/search';
import { formatDate, t } from '../../i18n/t';
import { HighlightedText } from './highlighted-text';
import styles from './archive.module.css';

/** One found document: client, kind, date, status and a snippet with the matched words marked. */
export function ResultItem({ hit, onOpen }: { hit: ArchiveHit; onOpen: () => void }) {
  const nameId = `hit-${hit.sessionId}`;
  return (
    <li className={styles.resultItem}>
      <button type="button" className={styles.result} data-archive-result="" onClick={onOpen} aria-labelledby={nameId} aria-describedby={`${nameId}-meta ${nameId}-snippet`}>
        <span className={styles.resultHead}>
          <span id={nameId} className={styles.resultName}>
            <HighlightedText value={hit.clientName} />
            {hit.preferredName && (
              <span className={styles.preferred}>
                {' '}
                (<HighlightedText value={hit.preferredName} />)
              </span>
            )}
          </span>
          {hit.privateOnly && (
            <span className={styles.privateBadge} title={t('archive.result.privateHelp')}>
              {t('archive.result.private')}
            </span>
          )}
        </span>
        <span id={`${nameId}-meta`} className={styles.resultMeta}>
          <span>{t(`document.kind.${hit.kind}`)}</span>
          <span aria-hidden="true">·</span>
          <span>{formatDate(hit.date)}</span>
          <span aria-hidden="true">·</span>
          <span className={hit.status === 'finalized' ? styles.statusDone : styles.status}>{t(`document.status.${hit.status}`)}</span>
          {hit.recordCode.text && (
            <>
              <span aria-hidden="true">·</span>
              <span>
                {t('archive.result.code')} <HighlightedText value={hit.recordCode} />
              </span>
            </>
          )}
        </span>
        <span id={`${nameId}-snippet`} className={styles.snippet}>
          {hit.snippet && (
            <>
              <span className={styles.snippetSource}>{t(`archive.snippet.${hit.snippet.source}`)}: </span>
              <HighlightedText value={hit.snippet} />
            </>
          )}
        </span>
      </button>
    </li>
  );
}
