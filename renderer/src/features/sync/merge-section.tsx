import { REASON_FOR_ENDING_LABELS } from '../../../../core/checklist/reason-for-ending';
import { RISK_LEVEL_LABELS } from '../../../../core/checklist/risk-at-discharge';
import type { SectionChoice, SectionDifference } from '../../../../core/sync/merge-session-content';
import type { SessionConflict } from '../../../../core/sync/sync-schemas';
import { t } from '../../i18n/t';
import { formatDate } from '../../lib/dates';
import { answerPreview } from './answer-preview';
import { KeepChoice } from './keep-choice';
import styles from './sync.module.css';

/** What the record-level fields hold, as plain lines (reason, risk, outreach). */
function recordLines(session: SessionConflict['mine']): string[] {
  const c = session.content;
  const lines: string[] = [];
  if (c.reasonForEnding) {
    const { code, otherText } = c.reasonForEnding;
    const label = REASON_FOR_ENDING_LABELS[code];
    lines.push(
      t('sync.merge.recordReason', {
        reason: code === 'other' && otherText.trim() ? `${label}: ${otherText.trim()}` : label,
      }),
    );
  }
  lines.push(t(c.riskConcern ? 'sync.merge.recordRisk' : 'sync.merge.recordNoRisk'));
  if (c.riskAtDischarge)
    lines.push(
      t('sync.merge.recordRiskLevel', {
        level: RISK_LEVEL_LABELS[c.riskAtDischarge.level],
        date: formatDate(c.riskAtDischarge.date),
      }),
    );
  if (c.outreach.length > 0)
    lines.push(t('sync.merge.recordOutreach', { count: c.outreach.length }));
  return lines;
}

/** One section of the merge: what each computer holds in it, and which to keep. */
export function MergeSection({
  section,
  conflict,
  choice,
  onChoose,
}: {
  section: SectionDifference;
  conflict: SessionConflict;
  choice: SectionChoice;
  onChoose: (choice: SectionChoice) => void;
}) {
  const title = section.sectionId === '@record' ? t('sync.merge.recordTitle') : section.title;
  const items =
    conflict.mine.template.sections.find((s) => s.id === section.sectionId)?.items ?? [];
  const rows =
    section.sectionId === '@record'
      ? [
          {
            id: '@record',
            label: '',
            mine: recordLines(conflict.mine),
            theirs: recordLines(conflict.theirs),
          },
        ]
      : items
          .map((item) => ({
            id: item.id,
            label: item.label,
            mine: answerPreview(conflict.mine.content.answers[item.id]),
            theirs: answerPreview(conflict.theirs.content.answers[item.id]),
          }))
          .filter((row) => JSON.stringify(row.mine) !== JSON.stringify(row.theirs));
  const headingId = `merge-section-${section.sectionId.replace(/[^a-z0-9-]/g, '')}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionTitle}>
        {title}
      </h2>
      {rows.map((row) => (
        <div key={row.id} className={styles.compare}>
          {row.label && <h3 className={styles.itemTitle}>{row.label}</h3>}
          <div className={styles.versions}>
            <Version heading={t('sync.merge.mine')} lines={row.mine} />
            <Version heading={t('sync.merge.theirs')} lines={row.theirs} />
          </div>
        </div>
      ))}
      <KeepChoice
        label={t('sync.merge.keepLabel', { section: title })}
        options={['mine', 'theirs', 'both'] as const}
        value={choice}
        onChange={onChoose}
      />
    </section>
  );
}

function Version({ heading, lines }: { heading: string; lines: string[] }) {
  return (
    <div className={styles.version}>
      <p className={styles.versionHeading}>{heading}</p>
      {lines.length === 0 ? (
        <p className={styles.muted}>{t('sync.merge.empty')}</p>
      ) : (
        <ul className={styles.lines}>
          {lines.map((line, index) => (
            <li key={index} dir="auto">
              {line}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
