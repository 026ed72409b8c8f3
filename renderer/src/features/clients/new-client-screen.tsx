import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import type { AgeGroup } from '../../../../core/clients/client';
import { HANDOUT_LANGUAGES } from '../../../../core/clients/languages';
import { isCompleteHandoutLanguage } from '../../../../core/handout-i18n/complete-languages';
import { Button } from '../../components/button';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { t } from '../../i18n/t';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { useRegionOptions } from './use-region-options';
import styles from './new-client.module.css';

/** Props of the new-client screen. */
export interface NewClientScreenProps {
  onCancel: () => void;
  onCreated: (displayName: string) => void;
}

// Only languages whose handout wording is complete; the others come back as their catalogues are finished.
const LANGUAGE_OPTIONS = HANDOUT_LANGUAGES.filter((l) => isCompleteHandoutLanguage(l.code)).map(
  (l) => ({
    value: l.code,
    label: l.nativeName === l.englishName ? l.nativeName : `${l.nativeName} — ${l.englishName}`,
    lang: l.code,
  }),
);

function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  return {
    displayName: text('displayName'),
    preferredName: text('preferredName'),
    pronouns: text('pronouns'),
    recordCode: text('recordCode'),
    language: text('language'),
    region: text('region'),
    // Checked by the contract's zod schema in the main process.
    ageGroup: text('ageGroup') as AgeGroup,
  };
}

/** Creates a client and starts their closing session; errors appear next to each field. */
export function NewClientScreen({ onCancel, onCreated }: NewClientScreenProps) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [saving, setSaving] = useState(false);
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  const formRef = useRef<HTMLFormElement>(null);
  const regionOptions = useRegionOptions();

  // After a failed save, take the clinician straight to the first field that needs attention.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const input = readForm(event.currentTarget);
    const created = await window.api.clients.create(input);
    if (!created.ok) {
      setSaving(false);
      setErrors(created.error.fields ?? {});
      setFormError(
        created.error.code === 'invalid-input' ? t('newClient.fixErrors') : created.error.message,
      );
      return;
    }
    const session = await window.api.sessions.create({
      clientId: created.value.id,
      kind: 'closing-session',
    });
    setSaving(false);
    if (!session.ok) {
      setFormError(session.error.message);
      return;
    }
    onCreated(created.value.displayName);
  }

  return (
    <section aria-labelledby="new-client-title" className={styles.screen}>
      <h1 id="new-client-title" ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('newClient.title')}
      </h1>
      <p className={styles.intro}>{t('newClient.intro')}</p>
      {formError && (
        <p role="alert" className={styles.formError}>
          {formError}
        </p>
      )}
      <Form
        ref={formRef}
        className={styles.form}
        onSubmit={submit}
        validationErrors={errors}
        validationBehavior="aria"
      >
        <TextField
          name="displayName"
          label={t('newClient.displayName')}
          description={t('newClient.displayName.help')}
          isRequired
        />
        <TextField
          name="preferredName"
          label={t('newClient.preferredName')}
          description={t('newClient.preferredName.help')}
        />
        <TextField name="pronouns" label={t('newClient.pronouns')} />
        <TextField
          name="recordCode"
          label={t('newClient.recordCode')}
          description={t('newClient.recordCode.help')}
          dir="ltr"
        />
        <SelectField
          name="language"
          label={t('newClient.language')}
          description={t('newClient.language.help')}
          options={LANGUAGE_OPTIONS}
          defaultValue="en"
          error={errors.language}
        />
        <SelectField
          key={regionOptions.length}
          name="region"
          label={t('newClient.region')}
          description={t('newClient.region.help')}
          options={regionOptions}
          defaultValue=""
          error={errors.region}
        />
        <SelectField
          name="ageGroup"
          label={t('newClient.ageGroup')}
          description={t('newClient.ageGroup.help')}
          options={[
            { value: 'adult', label: t('newClient.ageGroup.adult') },
            { value: 'youth', label: t('newClient.ageGroup.youth') },
          ]}
          defaultValue="adult"
          error={errors.ageGroup}
        />
        <div className={styles.actions}>
          <Button type="submit" variant="primary" isDisabled={saving}>
            {saving ? t('newClient.saving') : t('newClient.submit')}
          </Button>
          <Button onPress={onCancel}>{t('common.cancel')}</Button>
        </div>
      </Form>
    </section>
  );
}
