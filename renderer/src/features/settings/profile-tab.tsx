import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import type { Profile } from '../../../../core/settings';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import { t } from '../../i18n/t';
import { formErrorMessage } from '../../lib/use-form-errors';
import { fieldErrors, SaveFeedback, type SaveState } from '../../components/save-feedback';
import { TextAreaField } from '../../components/text-area-field';
import type { SaveOutcome } from '../../lib/save-outcome';
import styles from './settings.module.css';

const FIELDS = [
  'name',
  'credentials',
  'licenceNumber',
  'practiceName',
  'address',
  'phone',
  'email',
  'website',
  'signatureLine',
  'recordsContact',
] as const;

/** The clinician's profile: who they are and how clients reach the practice (printed on handouts). */
export function ProfileTab({
  profile,
  save,
}: {
  profile: Profile;
  save: (patch: { profile: Partial<Profile> }) => Promise<SaveOutcome>;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const years = String(data.get('recordsYears') ?? '').trim();
    const patch = {
      ...Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? '')])),
      // A blank or non-number is sent as typed, so the settings check names the field.
      recordsYears: years === '' ? 0 : /^\d+$/.test(years) ? Number(years) : years,
    } as Partial<Profile>;
    setState({ status: 'saving' });
    const outcome = await save({ profile: patch });
    if (outcome.ok) {
      setErrors({});
      setState({ status: 'saved' });
    } else {
      setErrors(fieldErrors(outcome.error.fields, 'profile'));
      setState({ status: 'error', message: formErrorMessage(outcome.error) });
    }
  }

  return (
    <Form
      className={styles.form}
      onSubmit={submit}
      validationErrors={errors}
      validationBehavior="aria"
    >
      <p className={styles.intro}>{t('settings.profile.intro')}</p>
      <div className={styles.grid}>
        <TextField name="name" label={t('settings.profile.name')} defaultValue={profile.name} />
        <TextField
          name="credentials"
          label={t('settings.profile.credentials')}
          description={t('settings.profile.credentials.help')}
          defaultValue={profile.credentials}
        />
        <TextField
          name="licenceNumber"
          label={t('settings.profile.licenceNumber')}
          defaultValue={profile.licenceNumber}
          dir="ltr"
        />
        <TextField
          name="practiceName"
          label={t('settings.profile.practiceName')}
          defaultValue={profile.practiceName}
        />
        <TextField
          name="phone"
          label={t('settings.profile.phone')}
          defaultValue={profile.phone}
          dir="ltr"
        />
        <TextField
          name="email"
          label={t('settings.profile.email')}
          defaultValue={profile.email}
          dir="ltr"
        />
        <TextField
          name="website"
          label={t('settings.profile.website')}
          description={t('settings.profile.website.help')}
          defaultValue={profile.website}
          dir="ltr"
        />
      </div>
      <TextAreaField
        name="address"
        label={t('settings.profile.address')}
        defaultValue={profile.address}
        rows={3}
      />
      <TextField
        name="signatureLine"
        label={t('settings.profile.signatureLine')}
        description={t('settings.profile.signatureLine.help')}
        defaultValue={profile.signatureLine}
      />
      <div className={styles.grid}>
        <TextField
          name="recordsYears"
          label={t('settings.profile.recordsYears')}
          description={t('settings.profile.recordsYears.help')}
          defaultValue={String(profile.recordsYears)}
          dir="ltr"
        />
        <TextField
          name="recordsContact"
          label={t('settings.profile.recordsContact')}
          description={t('settings.profile.recordsContact.help')}
          defaultValue={profile.recordsContact}
        />
      </div>
      <div className={styles.actions}>
        <Button type="submit" variant="primary" isDisabled={state.status === 'saving'}>
          {t('settings.profile.save')}
        </Button>
        <SaveFeedback state={state} />
      </div>
    </Form>
  );
}
