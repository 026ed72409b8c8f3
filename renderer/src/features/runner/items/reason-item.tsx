import { useId } from 'react';
import {
  letterForReason,
  REASON_FOR_ENDING_CODES,
  REASON_FOR_ENDING_LABELS,
} from '../../../../../core/checklist';
import type { ReasonForEndingCode } from '../../../../../core/checklist';
import { t } from '../../../i18n/t';
import { ItemFrame } from './item-frame';
import type { ItemProps } from './item-props';
import { TextInput } from './text-input';
import styles from './items.module.css';

/** The reason for ending, chosen from the list; "Other" asks for a few words. */
export function ReasonItem({
  section,
  item,
  answer,
  content,
  readOnly,
  onChange,
}: ItemProps<'reason-for-ending'>) {
  const id = useId();
  const reason = content.reasonForEnding;
  const letter = reason ? letterForReason(reason.code) : null;
  return (
    <ItemFrame
      section={section}
      item={item}
      answer={answer}
      readOnly={readOnly}
      onHandout={() => undefined}
      noHandout
    >
      <div className={styles.field}>
        <label htmlFor={id} className={styles.label}>
          {t('runner.reason.choose')}
        </label>
        <select
          id={id}
          className={styles.select}
          value={reason?.code ?? ''}
          disabled={readOnly}
          onChange={(e) =>
            onChange({
              op: 'reason',
              reason: e.target.value
                ? {
                    code: e.target.value as ReasonForEndingCode,
                    otherText: reason?.otherText ?? '',
                  }
                : null,
            })
          }
        >
          <option value="">{t('runner.reason.none')}</option>
          {REASON_FOR_ENDING_CODES.map((code) => (
            <option key={code} value={code}>
              {REASON_FOR_ENDING_LABELS[code]}
            </option>
          ))}
        </select>
      </div>
      {reason?.code === 'other' && (
        <TextInput
          label={t('runner.reason.other')}
          value={reason.otherText}
          readOnly={readOnly}
          onCommit={(otherText) => onChange({ op: 'reason', reason: { code: 'other', otherText } })}
        />
      )}
      <p className={styles.help}>{t('runner.reason.private')}</p>
      {letter && (
        <p className={styles.help} data-letter={letter}>
          {t(`runner.reason.letter.${letter}`)}
        </p>
      )}
    </ItemFrame>
  );
}
