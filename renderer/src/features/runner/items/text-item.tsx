import { HandoutToggle } from './handout-toggle';
import type { ItemProps } from './item-props';
import { TextInput } from './text-input';
import styles from './items.module.css';

/** A short answer or longer notes, kept exactly as typed. */
export function TextItem({
  section,
  item,
  answer,
  readOnly,
  onChange,
}: ItemProps<'short-text' | 'long-text'>) {
  return (
    <div className={styles.item}>
      <TextInput
        label={item.label}
        help={item.help || undefined}
        value={answer?.text ?? ''}
        multiline={item.kind === 'long-text'}
        rows={item.kind === 'long-text' ? 5 : 1}
        readOnly={readOnly}
        onCommit={(text) => onChange({ op: 'answer', itemId: item.id, answer: { text } })}
      />
      <HandoutToggle
        section={section}
        item={item}
        answer={answer}
        readOnly={readOnly}
        onToggle={(inHandout) => onChange({ op: 'answer', itemId: item.id, answer: { inHandout } })}
      />
    </div>
  );
}
