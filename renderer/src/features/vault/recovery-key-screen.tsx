import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import { Form } from 'react-aria-components';
import { t } from '../../i18n/t';
import { useFocusHeading } from '../../lib/use-focus-heading';
import styles from './vault.module.css';

/** The group the clinician types back to show they saved the key (the third, 1-based). */
const CONFIRM_GROUP = 2;

/** Shows the recovery key once and asks for four of its characters back before going on. */
export function RecoveryKeyScreen({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const groups = recoveryKey.split('-');
  const [error, setError] = useState<Record<string, string>>({});
  const headingRef = useFocusHeading<HTMLHeadingElement>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get('confirmGroup') ?? '')
      .trim()
      .toUpperCase();
    if (typed === groups[CONFIRM_GROUP]) onDone();
    else setError({ confirmGroup: t('vault.recovery.confirmWrong') });
  }

  return (
    <section className={styles.card} aria-labelledby="recovery-title">
      <h1 id="recovery-title" ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('vault.recovery.title')}
      </h1>
      <p className={styles.lead}>{t('vault.recovery.intro')}</p>
      <div className={styles.keyBox} aria-label={t('vault.recovery.keyLabel')} role="group">
        {groups.map((group, index) => (
          <span key={index} className={styles.keyGroup}>
            <span className="visually-hidden">{t('vault.recovery.group', { n: index + 1 })} </span>
            {group}
          </span>
        ))}
      </div>
      <p className={styles.warning}>{t('vault.recovery.warning')}</p>
      <div className={styles.row}>
        <Button onPress={() => window.print()}>{t('vault.recovery.print')}</Button>
      </div>
      <Form className={styles.form} onSubmit={submit} validationErrors={error} validationBehavior="aria">
        <TextField
          name="confirmGroup"
          label={t('vault.recovery.confirm', { n: CONFIRM_GROUP + 1 })}
          description={t('vault.recovery.confirm.help')}
          isRequired
          dir="ltr"
        />
        <Button type="submit" variant="primary">
          {t('vault.recovery.done')}
        </Button>
      </Form>
    </section>
  );
}
