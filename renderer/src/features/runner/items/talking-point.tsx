import { useId, useState } from 'react';
import { Button } from '../../../components/button';
import { t } from '../../../i18n/t';
import { HandoutToggle } from './handout-toggle';
import type { ItemProps } from './item-props';
import { TextInput } from './text-input';
import styles from './items.module.css';

/**
 * A talking point: a checkbox to tick when it has been covered (also Ctrl/Cmd+Enter while focus
 * is anywhere in it) and an optional short note.
 */
export function TalkingPoint({
  section,
  item,
  answer,
  readOnly,
  onChange,
}: ItemProps<'talking-point'>) {
  const id = useId();
  const note = answer?.text ?? '';
  const [noteOpen, setNoteOpen] = useState(note.length > 0);
  const covered = answer?.covered === true;
  return (
    <div className={styles.point} data-talking-point={item.id} data-covered={covered}>
      <div className={styles.pointRow}>
        <input
          id={id}
          type="checkbox"
          className={styles.checkbox}
          checked={covered}
          disabled={readOnly}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          onChange={(e) =>
            onChange({ op: 'answer', itemId: item.id, answer: { covered: e.target.checked } })
          }
        />
        <label htmlFor={id} className={styles.pointLabel} dir="auto">
          {item.label}
        </label>
        {!noteOpen && !readOnly && (
          <Button
            variant="quiet"
            className={styles.small}
            onPress={() => setNoteOpen(true)}
            aria-label={t('runner.point.addNoteFor', { label: item.label })}
          >
            {t('runner.point.addNote')}
          </Button>
        )}
      </div>
      {item.help && <p className={styles.help}>{item.help}</p>}
      {(noteOpen || note.length > 0) && (
        <div className={styles.pointNote}>
          <TextInput
            label={t('runner.point.noteFor', { label: item.label })}
            hideLabel
            value={note}
            multiline
            rows={2}
            readOnly={readOnly}
            onCommit={(text) => onChange({ op: 'answer', itemId: item.id, answer: { text } })}
          />
          <HandoutToggle
            section={section}
            item={item}
            answer={answer}
            readOnly={readOnly}
            onToggle={(inHandout) =>
              onChange({ op: 'answer', itemId: item.id, answer: { inHandout } })
            }
          />
        </div>
      )}
    </div>
  );
}
