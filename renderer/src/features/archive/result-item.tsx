import { useState } from 'react';
import {
  REASON_FOR_ENDING_LABELS,
  type ReasonForEndingCode,
} from '../../../../core/checklist/reason-for-ending';
import type { ArchiveHit, Snippet } from '../../../../core/search';
import { formatDate, t } from '../../i18n/t';
import { HighlightedText } from './highlighted-text';
import styles from './archive.module.css';

/**
 * A clinician-only passage (feedback, repair, private reflection) that matched: only its label
 * shows until the clinician asks for the text — the archive may be open with the client in the room.
 */
function ClinicianOnlySnippet({ snippet, id }: { snippet: Snippet; id: string }) {
  const [shown, setShown] = useState(false);
  const source = t(`archive.snippet.${snippet.source}`);
  return (
    <div className={styles.snippetPrivate} data-clinician-only-snippet="">
      {shown ? (
        <span id={id} className={styles.snippet}>
          <span className={styles.snippetSource}>{source}: </span>
          <HighlightedText value={snippet} />
        </span>
      ) : (
        <span id={id} className={styles.snippet}>
          {t('archive.snippet.hidden', { source })}
        </span>
      )}
      <button
        type="button"
        className={styles.snippetToggle}
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((v) => !v)}
      >
        {shown
          ? t('archive.snippet.hide')
          : t('archive.snippet.show', { source: source.toLowerCase() })}
      </button>
    </div>
  );
}

/** One found document: client, kind, date, status, reason for ending and a snippet with the matched words marked. */
export function ResultItem({ hit, onOpen }: { hit: ArchiveHit; onOpen: () => void }) {
  const nameId = `hit-${hit.sessionId}`;
  const snippet = hit.snippet;
  const reason = hit.reasonCode
    ? (REASON_FOR_ENDING_LABELS[hit.reasonCode as ReasonForEndingCode] ?? null)
    : null;
  return (
    <li className={styles.resultItem}>
      <button
        type="button"
        className={styles.result}
        data-archive-result=""
        onClick={onOpen}
        aria-labelledby={nameId}
        aria-describedby={
          snippet && !snippet.clinicianOnly ? `${nameId}-meta ${nameId}-snippet` : `${nameId}-meta`
        }
      >
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
          <span className={hit.status === 'finalized' ? styles.statusDone : styles.status}>
            {t(`document.status.${hit.status}`)}
          </span>
          {reason && (
            <>
              <span aria-hidden="true">·</span>
              <span data-result-reason="">{reason}</span>
            </>
          )}
          {hit.recordCode.text && (
            <>
              <span aria-hidden="true">·</span>
              <span>
                {t('archive.result.code')} <HighlightedText value={hit.recordCode} />
              </span>
            </>
          )}
        </span>
        {snippet && !snippet.clinicianOnly && (
          <span id={`${nameId}-snippet`} className={styles.snippet} data-result-snippet="">
            <span className={styles.snippetSource}>{t(`archive.snippet.${snippet.source}`)}: </span>
            <HighlightedText value={snippet} />
          </span>
        )}
      </button>
      {snippet?.clinicianOnly && (
        <ClinicianOnlySnippet snippet={snippet} id={`${nameId}-snippet`} />
      )}
    </li>
  );
}
