import type { ListEntry } from '../../../../../core/checklist';
import { Button } from '../../../components/button';
import { t } from '../../../i18n/t';
import { ItemFrame } from './item-frame';
import { addRowAndFocus, moved, newEntryId, type ItemProps } from './item-props';
import { RowActions } from './row-actions';
import { TextInput } from './text-input';
import styles from './items.module.css';

/** A list of entries (one or more columns): add, edit, reorder and remove rows. */
export function ListItem({ section, item, answer, readOnly, onChange }: ItemProps<'list'>) {
  const entries = answer?.entries ?? [];
  const rowName = item.columns[0]!.label;
  const save = (next: ListEntry[]) =>
    onChange({ op: 'answer', itemId: item.id, answer: { entries: next } });
  return (
    <ItemFrame
      section={section}
      item={item}
      answer={answer}
      readOnly={readOnly}
      onHandout={(inHandout) => onChange({ op: 'answer', itemId: item.id, answer: { inHandout } })}
    >
      {entries.length === 0 && (
        <p className={styles.empty}>
          {readOnly ? t('runner.list.noneReadOnly') : t('runner.list.none')}
        </p>
      )}
      <ol className={styles.rows}>
        {entries.map((entry, index) => {
          const name = `${rowName} ${index + 1}`;
          return (
            <li key={entry.id} className={item.columns.length > 1 ? styles.rowWide : styles.row}>
              <div className={styles.rowFields}>
                {item.columns.map((column) => (
                  <TextInput
                    key={column.id}
                    label={item.columns.length > 1 ? `${column.label} (${index + 1})` : name}
                    value={entry.values[column.id] ?? ''}
                    multiline
                    rows={1}
                    grow
                    readOnly={readOnly}
                    onCommit={(text) =>
                      save(
                        entries.map((e) =>
                          e.id === entry.id
                            ? { ...e, values: { ...e.values, [column.id]: text } }
                            : e,
                        ),
                      )
                    }
                  />
                ))}
              </div>
              <RowActions
                name={name}
                index={index}
                count={entries.length}
                readOnly={readOnly}
                onMove={(to) => save(moved(entries, index, to))}
                onRemove={() => save(entries.filter((e) => e.id !== entry.id))}
              />
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <Button
          className={styles.add}
          onPress={() => {
            addRowAndFocus(item.id, () =>
              save([
                ...entries,
                {
                  id: newEntryId(),
                  values: Object.fromEntries(item.columns.map((c) => [c.id, ''])),
                },
              ]),
            );
          }}
        >
          {t('runner.list.add', { name: rowName.toLowerCase() })}
        </Button>
      )}
    </ItemFrame>
  );
}
