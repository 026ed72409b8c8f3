import type { LockSources } from '../../../../core/lock-sources';
import { t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import styles from './lock-sources-note.module.css';

/** The sentence that says exactly what locks the vault on this platform, with the idle limit. */
export function describeLockSources(sources: LockSources, minutes: number): string {
  const values = { minutes };
  const base = (() => {
    switch (sources.platform) {
      case 'darwin':
      case 'win32':
        return t(`settings.security.lockSources.${sources.platform}`, values);
      case 'linux': {
        const signal = sources.screenLockSignal ?? { state: 'not-found' };
        if (signal.state === 'listening') return t('settings.security.lockSources.linuxSignal', { ...values, sources: signal.sources.join(', ') });
        return t(signal.state === 'starting' ? 'settings.security.lockSources.linuxStarting' : 'settings.security.lockSources.linuxNoSignal', values);
      }
      case 'other':
        return t('settings.security.lockSources.other', values);
    }
  })();
  return sources.idle === 'unknown' ? `${base} ${t('settings.security.lockSources.idleUnknown')}` : base;
}

/** Settings → Security: one line on what locks the vault here (asked from the main process). */
export function LockSourcesNote({ minutes }: { minutes: number }) {
  const [state] = useApiLoad(() => window.api.system.lockSources({}));
  if (state.status !== 'ready') return null;
  return (
    <p className={styles.note} data-testid="lock-sources">
      {describeLockSources(state.value, minutes)}
    </p>
  );
}
