import { useId, useState } from 'react';
import {
  FieldError,
  Input,
  Label,
  Radio,
  RadioGroup,
  Text,
  TextField,
} from 'react-aria-components';
import type { ContentChange } from '../../../../../core/checklist';
import type { MeasureDefinition } from '../../../../../core/measures';
import { ORS_PRESET } from '../../../../../core/measures';
import { Button } from '../../../components/button';
import { t } from '../../../i18n/t';
import {
  checkDraft,
  draftFrom,
  EMPTY_DRAFT,
  type CustomMeasureDraft,
  type DraftField,
} from './custom-measure-draft';
import styles from './items.module.css';
import own from './custom-measure-form.module.css';

/** Props of the "Add your own measure" disclosure. */
export interface CustomMeasureFormProps {
  existing: readonly MeasureDefinition[];
  onChange: (change: ContentChange) => string | null;
}

type Errors = Partial<Record<DraftField, string>>;

function NumberField({
  label,
  value,
  error,
  optional,
  description,
  onChange,
}: {
  label: string;
  value: string;
  error?: string;
  optional?: boolean;
  description?: string;
  onChange: (v: string) => void;
}) {
  return (
    <TextField
      value={value}
      onChange={onChange}
      isInvalid={!!error}
      validationBehavior="aria"
      className={styles.field}
    >
      <Label className={styles.label}>
        {label}
        {optional && <span className={styles.optional}> ({t('common.optional')})</span>}
      </Label>
      <Input className={styles.input} inputMode="decimal" dir="ltr" />
      {description && (
        <Text slot="description" className={styles.help}>
          {description}
        </Text>
      )}
      <FieldError className={styles.error}>{error}</FieldError>
    </TextField>
  );
}

/** Lets a clinician define their own measure (name, range, better direction, cutoff, reliable change) and save it to the session. */
export function CustomMeasureForm({ existing, onChange }: CustomMeasureFormProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<CustomMeasureDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (field: DraftField) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  function save() {
    const checked = checkDraft(draft, existing);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    const refused = onChange({
      op: 'custom-measures',
      measures: [...existing, checked.definition],
    });
    if (refused) return setProblem(refused);
    setErrors({});
    setProblem(null);
    setDraft(EMPTY_DRAFT);
    setOpen(false);
    setSaved(t('runner.customMeasure.saved', { name: checked.definition.name }));
  }

  return (
    <div className={own.wrap}>
      <Button
        variant="quiet"
        className={own.toggle}
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onPress={() => {
          setOpen(!open);
          setSaved(null);
        }}
      >
        <span aria-hidden="true" className={own.chevron} data-open={open || undefined}>
          ›
        </span>{' '}
        {t('runner.customMeasure.toggle')}
      </Button>
      <p role="status" className={styles.help}>
        {saved}
      </p>
      {open && (
        <fieldset id={`${id}-form`} className={styles.scoreForm}>
          <legend className={styles.legend}>{t('runner.customMeasure.title')}</legend>
          <p className={styles.help}>{t('runner.customMeasure.intro')}</p>
          <div className={own.preset}>
            <Button
              variant="secondary"
              className={styles.small}
              onPress={() => {
                setDraft(draftFrom(ORS_PRESET));
                setErrors({});
              }}
            >
              {t('runner.customMeasure.fromOrs')}
            </Button>
            <span className={styles.help}>{t('runner.customMeasure.licence')}</span>
          </div>
          <div className={styles.formGrid}>
            <TextField
              value={draft.name}
              onChange={set('name')}
              isInvalid={!!errors.name}
              validationBehavior="aria"
              className={styles.field}
            >
              <Label className={styles.label}>{t('runner.customMeasure.name')}</Label>
              <Input className={styles.input} dir="auto" />
              <FieldError className={styles.error}>{errors.name}</FieldError>
            </TextField>
            <TextField
              value={draft.shortName}
              onChange={set('shortName')}
              isInvalid={!!errors.shortName}
              validationBehavior="aria"
              className={styles.field}
            >
              <Label className={styles.label}>{t('runner.customMeasure.shortName')}</Label>
              <Input className={styles.input} dir="auto" />
              <Text slot="description" className={styles.help}>
                {t('runner.customMeasure.shortNameHelp')}
              </Text>
              <FieldError className={styles.error}>{errors.shortName}</FieldError>
            </TextField>
          </div>
          <div className={styles.formGrid}>
            <NumberField
              label={t('runner.customMeasure.min')}
              value={draft.min}
              error={errors.min}
              onChange={set('min')}
            />
            <NumberField
              label={t('runner.customMeasure.max')}
              value={draft.max}
              error={errors.max}
              onChange={set('max')}
            />
          </div>
          <RadioGroup
            value={draft.better || null}
            onChange={set('better')}
            isInvalid={!!errors.better}
            validationBehavior="aria"
            className={own.radios}
            orientation="horizontal"
          >
            <Label className={styles.label}>{t('runner.customMeasure.better')}</Label>
            <div className={own.radioRow}>
              <Radio value="lower" className={own.radio}>
                {t('runner.customMeasure.betterLower')}
              </Radio>
              <Radio value="higher" className={own.radio}>
                {t('runner.customMeasure.betterHigher')}
              </Radio>
            </div>
            <FieldError className={styles.error}>{errors.better}</FieldError>
          </RadioGroup>
          <div className={styles.formGrid}>
            <NumberField
              label={t('runner.customMeasure.cutoff')}
              value={draft.cutoff}
              error={errors.cutoff}
              optional
              description={t('runner.customMeasure.cutoffHelp')}
              onChange={set('cutoff')}
            />
            <NumberField
              label={t('runner.customMeasure.reliableChange')}
              value={draft.reliableChange}
              error={errors.reliableChange}
              optional
              description={t('runner.customMeasure.reliableChangeHelp')}
              onChange={set('reliableChange')}
            />
          </div>
          {problem && (
            <p className={styles.error} role="alert">
              {problem}
            </p>
          )}
          <div className={own.actions}>
            <Button variant="secondary" onPress={save}>
              {t('runner.customMeasure.save')}
            </Button>
            <Button
              variant="quiet"
              onPress={() => {
                setOpen(false);
                setErrors({});
                setProblem(null);
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
