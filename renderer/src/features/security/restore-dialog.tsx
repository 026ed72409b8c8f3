import { useState, type FormEvent } from 'react';
import {
  Dialog,
  Heading,
  Modal,
  ModalOverlay,
  Radio,
  RadioGroup,
  Label,
} from 'react-aria-components';
import { Button } from '../../components/button';
import { PasswordField } from '../../components/password-field';
import { t } from '../../i18n/t';
import { progressText } from './backup-section';
import { ProgressBar } from './progress-bar';
import { useBackupProgress } from './use-backup-progress';
import styles from './security.module.css';

/** Props of the restore confirmation. */
export interface RestoreDialogProps {
  fileName: string;
  size: string;
  onClose: () => void;
  onRestored: (message: string) => void;
}

/** Confirms a restore: says what will happen, asks for the backup's passphrase or the recovery key. */
export function RestoreDialog({ fileName, size, onClose, onRestored }: RestoreDialogProps) {
  const [method, setMethod] = useState<'passphrase' | 'recoveryKey'>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const { progress, track } = useBackupProgress();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !secret) return;
    setBusy(true);
    setError('');
    const input = method === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret };
    const result = await track(() => window.api.backup.restore(input));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const kept = result.value.previousFolder
      ? t('security.restore.kept', { folder: result.value.previousFolder })
      : '';
    onRestored(`${t('security.restore.done', { count: result.value.records })} ${kept}`.trim());
  }

  return (
    <ModalOverlay
      isOpen
      isDismissable={!busy}
      onOpenChange={(open) => !open && onClose()}
      className={styles.overlay}
    >
      <Modal className={styles.modal}>
        <Dialog className={styles.dialog}>
          <Heading slot="title" className={styles.sectionTitle}>
            {t('security.restore.title')}
          </Heading>
          <p>{t('security.restore.file', { file: fileName, size })}</p>
          <p className={styles.calloutNote}>{t('security.restore.explain')}</p>
          <form className={styles.form} onSubmit={submit} noValidate>
            <RadioGroup
              value={method}
              onChange={(value) => {
                setMethod(value as 'passphrase' | 'recoveryKey');
                setSecret('');
                setError('');
              }}
              className={styles.radios}
            >
              <Label className={styles.radioLabel}>{t('security.restore.openWith')}</Label>
              <Radio value="passphrase" className={styles.radio}>
                {t('security.restore.withPassphrase')}
              </Radio>
              <Radio value="recoveryKey" className={styles.radio}>
                {t('security.restore.withKey')}
              </Radio>
            </RadioGroup>
            <PasswordField
              name="secret"
              label={
                method === 'passphrase' ? t('security.restore.passphrase') : t('vault.recover.key')
              }
              value={secret}
              onChange={(v) => {
                setSecret(v);
                setError('');
              }}
              autoComplete="off"
              isInvalid={Boolean(error)}
              errorMessage={error}
            />
            {busy && (
              <ProgressBar
                label={t('security.restore.progressLabel')}
                done={progress?.done}
                total={progress?.total}
                valueText={progressText(progress)}
              />
            )}
            <div className={styles.row}>
              <Button type="submit" variant="primary" isDisabled={busy || !secret}>
                {busy ? t('security.restore.busy') : t('security.restore.submit')}
              </Button>
              <Button onPress={onClose} isDisabled={busy}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
