import { useState, type FormEvent } from 'react';
import type { ReferralContact, ReferralInput } from '../../../../core/referrals';
import type { AppErrorInfo } from '../../../../core/result';
import { Button } from '../../components/button';
import { FormCard } from '../../components/form-card';
import { TextField } from '../../components/text-field';
import { t } from '../../i18n/t';
import { useFormErrors } from '../../lib/use-form-errors';
import { TextAreaField } from '../../components/text-area-field';
import styles from './referrals.module.css';

/** Props of the contact form (add when `contact` is absent, edit otherwise). */
export interface ReferralFormProps {
  contact?: ReferralContact;
  onSubmit: (input: ReferralInput) => Promise<AppErrorInfo | null>;
  onCancel: () => void;
}

/** Adds or edits one directory contact; errors appear next to the fields. */
export function ReferralForm({ contact, onSubmit, onCancel }: ReferralFormProps) {
  const { errors, formError, show } = useFormErrors((path) =>
    path.replace(/^contact\./, '').replace(/\.\d+$/, ''),
  );
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    setSaving(true);
    const error = await onSubmit({
      name: text('name'),
      kind: text('kind'),
      phone: text('phone'),
      web: text('web'),
      address: text('address'),
      notes: text('notes'),
      tags: text('tags')
        .split(/[,;]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    });
    setSaving(false);
    if (error) show(error);
  }

  const title = contact
    ? t('referrals.form.editTitle', { name: contact.name })
    : t('referrals.form.addTitle');
  return (
    <FormCard
      id="referral-form"
      title={title}
      formError={formError}
      errors={errors}
      onSubmit={submit}
    >
      <div className={styles.grid}>
        <TextField
          name="name"
          label={t('referrals.field.name')}
          defaultValue={contact?.name}
          isRequired
        />
        <TextField
          name="kind"
          label={t('referrals.field.kind')}
          description={t('referrals.field.kind.help')}
          defaultValue={contact?.kind}
        />
        <TextField
          name="phone"
          label={t('referrals.field.phone')}
          defaultValue={contact?.phone}
          dir="ltr"
        />
        <TextField
          name="web"
          label={t('referrals.field.web')}
          defaultValue={contact?.web}
          dir="ltr"
        />
      </div>
      <TextAreaField
        name="address"
        label={t('referrals.field.address')}
        defaultValue={contact?.address}
        rows={2}
      />
      <TextAreaField
        name="notes"
        label={t('referrals.field.notes')}
        description={t('referrals.field.notes.help')}
        defaultValue={contact?.notes}
        rows={3}
      />
      <TextField
        name="tags"
        label={t('referrals.field.tags')}
        description={t('referrals.field.tags.help')}
        defaultValue={contact?.tags.join(', ')}
      />
      <div className={styles.actions}>
        <Button type="submit" variant="primary" isDisabled={saving}>
          {saving
            ? t('settings.saving')
            : contact
              ? t('referrals.form.saveEdit')
              : t('referrals.form.saveNew')}
        </Button>
        <Button onPress={onCancel}>{t('common.cancel')}</Button>
      </div>
    </FormCard>
  );
}
