import { Checkbox, CheckboxGroup, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import styles from './documents.module.css';

/** One option of a choice group. */
export interface Choice<V extends string> {
  value: V;
  name: string;
  help?: string;
}

/** A labelled group of radio cards (one choice). */
export function RadioCards<V extends string>({
  label,
  description,
  value,
  onChange,
  choices,
}: {
  label: string;
  description?: string;
  value: V;
  onChange: (value: V) => void;
  choices: readonly Choice<V>[];
}) {
  return (
    <RadioGroup value={value} onChange={(v) => onChange(v as V)} className={styles.card}>
      <Label className={styles.groupLabel}>{label}</Label>
      {description && (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      )}
      <div className={styles.choices}>
        {choices.map((c) => (
          <Radio key={c.value} value={c.value} className={styles.radio}>
            <span className={styles.dot} aria-hidden="true" />
            <span>
              <span className={styles.choiceName}>{c.name}</span>
              {c.help && <span className={styles.choiceHelp}>{c.help}</span>}
            </span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

/** A labelled group of checkbox cards (any number of choices). */
export function CheckboxCards<V extends string>({
  label,
  description,
  value,
  onChange,
  choices,
}: {
  label: string;
  description?: string;
  value: readonly V[];
  onChange: (value: V[]) => void;
  choices: readonly Choice<V>[];
}) {
  return (
    <CheckboxGroup value={[...value]} onChange={(v) => onChange(v as V[])} className={styles.card}>
      <Label className={styles.groupLabel}>{label}</Label>
      {description && (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      )}
      <div className={styles.choices}>
        {choices.map((c) => (
          <Checkbox key={c.value} value={c.value} className={styles.checkbox}>
            {({ isSelected }) => (
              <>
                <span className={styles.box} aria-hidden="true">
                  {isSelected && (
                    <svg viewBox="0 0 16 16" width="14" height="14" focusable="false">
                      <path
                        d="M3 8.5l3 3 7-7"
                        fill="none"
                        stroke="currentColor"
                        strokeWidth="2.2"
                        strokeLinecap="round"
                        strokeLinejoin="round"
                      />
                    </svg>
                  )}
                </span>
                <span className={styles.choiceName}>{c.name}</span>
              </>
            )}
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}
