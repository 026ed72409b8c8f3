import type { ItemAnswer } from '../../../../core/checklist/answer-schema';
import { describeReason, type ReasonForEnding } from '../../../../core/checklist/reason-for-ending';
import { SAFETY_PLAN_STEPS } from '../../../../core/checklist/safety-plan';
import { findMeasure } from '../../../../core/measures/built-in-measures';
import type { TemplateItem } from '../../../../core/template/template-schema';
import { formatDate, t } from '../../i18n/t';
import styles from './document-view.module.css';

const present = (text: string | undefined): text is string =>
  typeof text === 'string' && text.trim().length > 0;

/** Tells whether an answer has anything worth showing for its item. */
export function hasContent(
  item: TemplateItem,
  answer: ItemAnswer | undefined,
  reason: ReasonForEnding | null,
): boolean {
  if (item.kind === 'reason-for-ending') return reason !== null;
  if (!answer) return false;
  return (
    answer.covered === true ||
    present(answer.text) ||
    (answer.entries ?? []).some((e) => Object.values(e.values).some(present)) ||
    (answer.goals ?? []).some((g) => present(g.goal)) ||
    (answer.scores ?? []).length > 0 ||
    (answer.referrals ?? []).length > 0 ||
    (answer.crisisLines ?? []).length > 0 ||
    Object.values(answer.safetyPlan ?? {}).some((steps) => steps.some(present))
  );
}

/** One item's recorded answer, read-only, in plain text (never markup). */
export function ItemAnswerView({
  item,
  answer,
  reason,
}: {
  item: TemplateItem;
  answer: ItemAnswer | undefined;
  reason: ReasonForEnding | null;
}) {
  if (item.kind === 'reason-for-ending')
    return <p dir="auto">{reason ? describeReason(reason) : ''}</p>;
  if (!answer) return null;
  const columns = item.kind === 'list' ? item.columns : [];
  return (
    <div className={styles.answer}>
      {answer.covered === true && !(answer.referrals?.length || answer.crisisLines?.length) && (
        <p className={styles.covered}>✓ {t('docview.covered')}</p>
      )}
      {present(answer.text) && (
        <p className={styles.text} dir="auto">
          {answer.text}
        </p>
      )}
      {answer.entries && answer.entries.length > 0 && (
        <ul className={styles.bullets}>
          {answer.entries.map((entry) => (
            <li key={entry.id} dir="auto">
              {columns.length > 1
                ? columns
                    .filter((c) => present(entry.values[c.id]))
                    .map((c) => `${c.label}: ${entry.values[c.id]}`)
                    .join(' · ')
                : Object.values(entry.values).filter(present).join(' · ')}
            </li>
          ))}
        </ul>
      )}
      {answer.goals && answer.goals.length > 0 && (
        <ul className={styles.bullets}>
          {answer.goals.map((g) => (
            <li key={g.id} dir="auto">
              <strong>{g.goal}</strong>
              {g.start !== null && g.now !== null && (
                <span className={styles.muted}>
                  {' '}
                  — {t('docview.goal.rating', { start: g.start, now: g.now })}
                </span>
              )}
              {present(g.clientWords) && <span className={styles.quote}> {g.clientWords}</span>}
              {present(g.firstStep) && <span> {g.firstStep}</span>}
            </li>
          ))}
        </ul>
      )}
      {answer.scores && answer.scores.length > 0 && (
        <>
          <ul className={styles.bullets}>
            {answer.scores.map((s) => (
              <li key={s.id}>
                {findMeasure(s.measureId)?.shortName ?? s.measureId} · {formatDate(s.date)} ·{' '}
                {s.score}
              </li>
            ))}
          </ul>
          <p className={styles.muted}>{t('docview.scores.screening')}</p>
        </>
      )}
      {answer.referrals && answer.referrals.length > 0 && (
        <ul className={styles.bullets}>
          {answer.referrals.map((r) => (
            <li key={r.id} dir="auto">
              <strong>{r.name}</strong>
              {[r.kind, r.phone, r.web, r.note]
                .filter(present)
                .map((part) => ` · ${part}`)
                .join('')}
            </li>
          ))}
        </ul>
      )}
      {answer.crisisLines && answer.crisisLines.length > 0 && (
        <ul className={styles.bullets}>
          {answer.crisisLines.map((line) => (
            <li key={line.id} dir="auto">
              {line.name}
              {present(line.contact) && ` · ${line.contact}`}
            </li>
          ))}
        </ul>
      )}
      {answer.safetyPlan && (
        <dl className={styles.plan}>
          {SAFETY_PLAN_STEPS.filter((step) =>
            (answer.safetyPlan?.[step.key] ?? []).some(present),
          ).map((step) => (
            <div key={step.key}>
              <dt>{step.label}</dt>
              <dd dir="auto">{answer.safetyPlan?.[step.key].filter(present).join(' · ')}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
