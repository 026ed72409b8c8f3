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
export function RecoveryKeyScreen({
  recoveryKey,
  onDone,
}: {
  recoveryKey: string;
  onDone: () => void;
}) {
  const groups = recoveryKey.split('-');
  const [error, setError] = useState<Record<string, string>>({});
  const [pdf, setPdf] = useState<
    | { state: 'idle' | 'saving' }
    | { state: 'saved'; fileName: string }
    | { state: 'error'; message: string }
  >({ state: 'idle' });
  const headingRef = useFocusHeading<HTMLHeadingElement>();

  async function savePdf() {
    setPdf({ state: 'saving' });
    const result = await window.api.vault.saveRecoveryKeyPdf({ recoveryKey });
    if (!result.ok) setPdf({ state: 'error', message: result.error.message });
    else
      setPdf(
        result.value.saved
          ? { state: 'saved', fileName: result.value.fileName }
          : { state: 'idle' },
      );
  }

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
        <Button
          onPress={() => void savePdf()}
          isDisabled={pdf.state === 'saving'}
          aria-describedby="recovery-pdf-help"
        >
          {t('vault.recovery.savePdf')}
        </Button>
        <Button onPress={() => window.print()}>{t('vault.recovery.print')}</Button>
      </div>
      <p id="recovery-pdf-help" className={styles.hint}>
        {t('vault.recovery.savePdf.help')}
      </p>
      {pdf.state === 'saved' && (
        <p role="status" className={styles.notice}>
          {t('vault.recovery.savePdf.saved', { fileName: pdf.fileName })}
        </p>
      )}
      {pdf.state === 'error' && (
        <p role="alert" className={styles.notice}>
          {pdf.message}
        </p>
      )}
      <Form
        className={styles.form}
        onSubmit={submit}
        validationErrors={error}
        validationBehavior="aria"
      >
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
