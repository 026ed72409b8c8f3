import type { CrisisLineView } from '../../../../core/crisis-lines';
import { Button } from '../../components/button';
import { formatDate, t } from '../../i18n/t';
import styles from './crisis-lines.module.css';

/** One crisis line: how to reach it, when, its origin, and a "check this" hint when over a year old. */
export function CrisisLineCard({
  line,
  onCorrect,
  onEdit,
  onRemove,
}: {
  line: CrisisLineView;
  onCorrect: () => void;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const own = line.origin !== 'shipped';
  return (
    <article className={styles.card} aria-labelledby={`line-${line.id}`}>
      <div className={styles.cardHead}>
        <h3 id={`line-${line.id}`} className={styles.cardTitle} dir="auto">
          {line.name}
        </h3>
        <span className={styles.origin}>{t(`crisisLines.origin.${line.origin}`)}</span>
      </div>
      <p className={styles.contact}>
        <span className={styles.how}>
          {line.how.map((m) => t(`crisisLines.how.${m}`)).join(' · ')}
        </span>{' '}
        <strong dir="ltr">{line.contact}</strong>
      </p>
      {line.instructions && <p>{line.instructions}</p>}
      {line.hours && <p className={styles.muted}>{line.hours}</p>}
      {line.emergency && <p className={styles.muted}>{t('crisisLines.emergency')}</p>}
      <p className={styles.muted}>
        {t('crisisLines.lastChecked', { date: formatDate(`${line.lastChecked}T12:00:00Z`) })}
      </p>
      {line.needsCheck && (
        <p className={styles.checkHint}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={styles.hintIcon}>
            <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
            <path
              d="M12 7v6M12 16.5v.5"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
          <span>
            <strong>{t('crisisLines.checkThis')}</strong> {t('crisisLines.checkThis.body')}
          </span>
        </p>
      )}
      <div className={styles.actions}>
        {own ? (
          <>
            <Button
              variant="quiet"
              onPress={onEdit}
              aria-label={t('crisisLines.editName', { name: line.name })}
            >
              {t('crisisLines.edit')}
            </Button>
            <Button
              variant="quiet"
              onPress={onRemove}
              aria-label={t('crisisLines.removeName', { name: line.name })}
            >
              {line.origin === 'corrected'
                ? t('crisisLines.undoCorrection')
                : t('crisisLines.remove')}
            </Button>
          </>
        ) : (
          <Button
            variant="quiet"
            onPress={onCorrect}
            aria-label={t('crisisLines.correctName', { name: line.name })}
          >
            {t('crisisLines.correct')}
          </Button>
        )}
      </div>
    </article>
  );
}
