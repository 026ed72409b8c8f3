import { useId, useState } from 'react';
import type { ContentChange, OutreachEntry, SessionContent } from '../../../../core/checklist';
import {
  OUTREACH_CONSENT,
  OUTREACH_CONSENT_LABELS,
  OUTREACH_METHOD_LABELS,
  OUTREACH_METHODS,
  OUTREACH_OUTCOME_LABELS,
  OUTREACH_OUTCOMES,
} from '../../../../core/checklist';
import { isIsoDate } from '../../../../core/measures';
import { DEFAULT_OUTREACH_PLAN, outreachWording } from '../../../../core/settings/outreach-plan';
import { useApiLoad } from '../../lib/use-api-call';
import { Button } from '../../components/button';
import { formatDate, t } from '../../i18n/t';
import { newEntryId, todayIso } from './items/item-props';
import styles from './items/items.module.css';

/** Props of the outreach log. */
export interface OutreachLogProps {
  content: SessionContent;
  readOnly: boolean;
  onChange: (change: ContentChange) => string | null;
}

/**
 * When a client stopped coming: each attempt to reach them (date, how, what happened, a note),
 * kept for the closure letter and the discharge summary.
 */
export function OutreachLog({ content, readOnly, onChange }: OutreachLogProps) {
  const id = useId();
  const [settings] = useApiLoad(() => window.api.settings.get({}));
  // The plan in Settings (the default until it has loaded, or if it cannot be read).
  const plan =
    settings.status === 'ready' ? settings.value.settings.outreachPlan : DEFAULT_OUTREACH_PLAN;
  const entries = content.outreach;
  const [date, setDate] = useState(todayIso());
  const [method, setMethod] = useState<OutreachEntry['method']>('phone');
  const [outcome, setOutcome] = useState<OutreachEntry['outcome']>('no-answer');
  const [consent, setConsent] = useState<NonNullable<OutreachEntry['consent']> | ''>('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = (next: OutreachEntry[]) => onChange({ op: 'outreach', outreach: next });

  function add() {
    if (!isIsoDate(date.trim())) return setProblem(t('runner.measures.enterDate'));
    if (consent === '') return setProblem(t('runner.outreach.consentNeeded'));
    const refused = save([
      ...entries,
      { id: newEntryId(), date: date.trim(), method, consent, outcome, note },
    ]);
    if (refused) return setProblem(refused);
    setProblem(null);
    setNote('');
    setConsent('');
  }

  return (
    <section className={styles.item} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.itemTitle}>
        {t('runner.outreach.title')}
      </h3>
      <p className={styles.help} data-outreach-intro>
        {t('runner.outreach.intro', { wording: outreachWording(plan) })}
      </p>
      {entries.length === 0 ? (
        <p className={styles.empty}>{t('runner.outreach.none')}</p>
      ) : (
        <table className={styles.scoreTable}>
          <caption className="visually-hidden">{t('runner.outreach.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('runner.outreach.date')}</th>
              <th scope="col">{t('runner.outreach.method')}</th>
              <th scope="col">{t('runner.outreach.consent')}</th>
              <th scope="col">{t('runner.outreach.outcome')}</th>
              <th scope="col">{t('runner.outreach.note')}</th>
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">{t('runner.row.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <th scope="row">{formatDate(`${e.date}T12:00:00`)}</th>
                <td>{OUTREACH_METHOD_LABELS[e.method]}</td>
                <td>
                  {e.consent
                    ? OUTREACH_CONSENT_LABELS[e.consent]
                    : t('runner.outreach.consentUnknown')}
                </td>
                <td>{OUTREACH_OUTCOME_LABELS[e.outcome]}</td>
                <td dir="auto">{e.note}</td>
                {!readOnly && (
                  <td>
                    <Button
                      variant="quiet"
                      className={styles.small}
                      onPress={() => save(entries.filter((x) => x.id !== e.id))}
                      aria-label={t('runner.outreach.removeFor', {
                        date: formatDate(`${e.date}T12:00:00`),
                      })}
                    >
                      {t('runner.row.remove')}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <fieldset className={styles.scoreForm}>
          <legend className={styles.legend}>{t('runner.outreach.add')}</legend>
          <div className={styles.formGrid}>
            <div className={styles.field}>
              <label htmlFor={`${id}-d`} className={styles.label}>
                {t('runner.outreach.date')}
              </label>
              <input
                id={`${id}-d`}
                className={styles.input}
                value={date}
                placeholder="YYYY-MM-DD"
                onChange={(e) => setDate(e.target.value)}
              />
            </div>
            <div className={styles.field}>
              <label htmlFor={`${id}-m`} className={styles.label}>
                {t('runner.outreach.method')}
              </label>
              <select
                id={`${id}-m`}
                className={styles.select}
                value={method}
                onChange={(e) => setMethod(e.target.value as OutreachEntry['method'])}
              >
                {OUTREACH_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {OUTREACH_METHOD_LABELS[m]}
                  </option>
                ))}
              </select>
            </div>
            <div className={styles.field}>
              <label htmlFor={`${id}-c`} className={styles.label}>
                {t('runner.outreach.consent')}
              </label>
              <select
                id={`${id}-c`}
                className={styles.select}
                value={consent}
                onChange={(e) =>
                  setConsent(e.target.value as NonNullable<OutreachEntry['consent']> | '')
                }
              >
                <option value="">{t('runner.outreach.consentChoose')}</option>
                {OUTREACH_CONSENT.map((c) => (
                  <option key={c} value={c}>
                    {OUTREACH_CONSENT_LABELS[c]}
                  </option>
                ))}
              </select>
            </div>
            <div className={styles.field}>
              <label htmlFor={`${id}-o`} className={styles.label}>
                {t('runner.outreach.outcome')}
              </label>
              <select
                id={`${id}-o`}
                className={styles.select}
                value={outcome}
                onChange={(e) => setOutcome(e.target.value as OutreachEntry['outcome'])}
              >
                {OUTREACH_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {OUTREACH_OUTCOME_LABELS[o]}
                  </option>
                ))}
              </select>
            </div>
            <div className={styles.field}>
              <label htmlFor={`${id}-n`} className={styles.label}>
                {t('runner.outreach.note')}{' '}
                <span className={styles.optional}>({t('common.optional')})</span>
              </label>
              <textarea
                id={`${id}-n`}
                dir="auto"
                rows={2}
                className={styles.textarea}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            </div>
          </div>
          {problem && (
            <p className={styles.error} role="alert">
              {problem}
            </p>
          )}
          <Button className={styles.add} onPress={add}>
            {t('runner.outreach.addButton')}
          </Button>
        </fieldset>
      )}
    </section>
  );
}
