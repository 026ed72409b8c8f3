import { useId, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import styles from './runner.module.css';

/** Asks why a finalized session is being amended before any change can be made. */
export function AmendDialog({
  onStart,
  onClose,
}: {
  onStart: (reason: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  function start() {
    if (!reason.trim()) return setProblem(true);
    onStart(reason.trim());
  }
  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => !open && onClose()}
      className={styles.overlay}
    >
      <Modal className={styles.modal}>
        <Dialog className={styles.dialog}>
          <Heading slot="title" className={styles.dialogTitle}>
            {t('runner.amend.title')}
          </Heading>
          <p>{t('runner.amend.intro')}</p>
          <div className={styles.dialogField}>
            <label htmlFor={id} className={styles.dialogLabel}>
              {t('runner.amend.reason')}
            </label>
            <textarea
              id={id}
              dir="auto"
              rows={3}
              className={styles.dialogTextarea}
              value={reason}
              autoFocus
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-err` : undefined}
              onChange={(e) => {
                setReason(e.target.value);
                if (e.target.value.trim()) setProblem(false);
              }}
            />
            {problem && (
              <span id={`${id}-err`} className={styles.error}>
                {t('runner.amend.reasonNeeded')}
              </span>
            )}
          </div>
          <div className={styles.dialogActions}>
            <Button variant="primary" onPress={start}>
              {t('runner.amend.start')}
            </Button>
            <Button onPress={onClose}>{t('common.cancel')}</Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
