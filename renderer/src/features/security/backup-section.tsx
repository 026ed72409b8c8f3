import { useState } from 'react';
import type { BackupProgress } from '../../../../core/vault/vault-schemas';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { ProgressBar } from './progress-bar';
import { RestoreDialog } from './restore-dialog';
import { useBackupProgress } from './use-backup-progress';
import styles from './security.module.css';

/** Describes backup progress in words ("Writing 40 of 120 records"). */
export function progressText(progress: BackupProgress | undefined): string {
  if (!progress || progress.total === 0) return t('security.backup.preparing');
  return t(`security.progress.${progress.phase}`, {
    done: progress.done.toLocaleString(),
    total: progress.total.toLocaleString(),
  });
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Export an encrypted backup, or restore one after a confirmation. */
export function BackupSection({ onRestored }: { onRestored: () => void }) {
  const { progress, track, reset } = useBackupProgress();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [busy, setBusy] = useState<'export' | 'choose' | undefined>();
  const [chosen, setChosen] = useState<{ fileName: string; bytes: number }>();

  async function exportBackup() {
    setBusy('export');
    setMessage(undefined);
    reset();
    const result = await track(() => window.api.backup.export({}));
    setBusy(undefined);
    if (!result.ok) setMessage({ tone: 'error', text: result.error.message });
    else if (result.value.saved)
      setMessage({
        tone: 'success',
        text: t('security.backup.saved', {
          file: result.value.fileName,
          count: result.value.records,
          size: formatBytes(result.value.bytes),
        }),
      });
    else reset();
  }

  async function chooseRestore() {
    setBusy('choose');
    setMessage(undefined);
    const result = await window.api.backup.choose({});
    setBusy(undefined);
    if (!result.ok) setMessage({ tone: 'error', text: result.error.message });
    else if (result.value.chosen)
      setChosen({ fileName: result.value.fileName, bytes: result.value.bytes });
  }

  return (
    <section className={styles.section} aria-labelledby="backup-title">
      <h2 id="backup-title" className={styles.sectionTitle}>
        {t('security.backup.title')}
      </h2>
      <p className={styles.muted}>{t('security.backup.intro')}</p>
      <div className={styles.row}>
        <Button onPress={() => void exportBackup()} isDisabled={busy !== undefined}>
          {t('security.backup.export')}
        </Button>
        <Button
          variant="quiet"
          onPress={() => void chooseRestore()}
          isDisabled={busy !== undefined}
        >
          {t('security.backup.restore')}
        </Button>
      </div>
      {progress && progress.operation === 'export' && (
        <ProgressBar
          label={t('security.backup.progressLabel')}
          done={progress.done}
          total={progress.total}
          valueText={progressText(progress)}
        />
      )}
      {message && (
        <p
          role={message.tone === 'error' ? 'alert' : 'status'}
          className={message.tone === 'error' ? styles.error : styles.success}
        >
          {message.text}
        </p>
      )}
      {chosen && (
        <RestoreDialog
          fileName={chosen.fileName}
          size={formatBytes(chosen.bytes)}
          onClose={() => setChosen(undefined)}
          onRestored={(text) => {
            setChosen(undefined);
            setMessage({ tone: 'success', text });
            onRestored();
          }}
        />
      )}
    </section>
  );
}
