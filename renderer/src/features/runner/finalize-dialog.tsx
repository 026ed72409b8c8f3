import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { MissingItem } from '../../../../core/checklist';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import styles from './runner.module.css';

/** Props of the finalize dialog. */
export interface FinalizeDialogProps {
  missing: MissingItem[];
  sectionTitle: (sectionId: string) => string;
  onGoTo: (item: MissingItem) => void;
  onFinalize: () => Promise<string | null>;
  onClose: () => void;
}

/** Lists what is still missing (with a way to each), or confirms and locks the session. */
export function FinalizeDialog({
  missing,
  sectionTitle,
  onGoTo,
  onFinalize,
  onClose,
}: FinalizeDialogProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => !open && onClose()}
      className={styles.overlay}
    >
      <Modal className={styles.modal}>
        <Dialog className={styles.dialog}>
          {missing.length > 0 ? (
            <>
              <Heading slot="title" className={styles.dialogTitle}>
                {t('runner.finalize.missingTitle')}
              </Heading>
              <p>{t('runner.finalize.missingIntro', { count: missing.length })}</p>
              <ul className={styles.missingList} aria-label={t('runner.finalize.missingList')}>
                {missing.map((m) => (
                  <li key={m.itemId} className={styles.missingItem}>
                    <span className={styles.missingSection}>{sectionTitle(m.sectionId)}</span>
                    <span dir="auto">{m.message}</span>
                    <Button
                      variant="quiet"
                      className={styles.small}
                      onPress={() => onGoTo(m)}
                      aria-label={t('runner.finalize.goToNamed', { label: m.label })}
                    >
                      {t('runner.finalize.goTo')}
                    </Button>
                  </li>
                ))}
              </ul>
              <div className={styles.dialogActions}>
                <Button variant="primary" onPress={onClose} autoFocus>
                  {t('runner.finalize.keepWorking')}
                </Button>
              </div>
            </>
          ) : (
            <>
              <Heading slot="title" className={styles.dialogTitle}>
                {t('runner.finalize.readyTitle')}
              </Heading>
              <p>{t('runner.finalize.readyBody')}</p>
              {problem && (
                <p className={styles.error} role="alert">
                  {problem}
                </p>
              )}
              <div className={styles.dialogActions}>
                <Button
                  variant="primary"
                  isDisabled={busy}
                  autoFocus
                  onPress={async () => {
                    setBusy(true);
                    const failed = await onFinalize();
                    setBusy(false);
                    if (failed) setProblem(failed);
                  }}
                >
                  {busy ? t('runner.finalize.busy') : t('runner.finalize.confirm')}
                </Button>
                <Button onPress={onClose}>{t('common.cancel')}</Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
