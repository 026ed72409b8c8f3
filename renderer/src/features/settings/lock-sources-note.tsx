import type { LockSources } from '../../../../core/lock-sources';
import { t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import styles from './lock-sources-note.module.css';

const list = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * The sentence that says exactly what locks the vault on this platform: sleep or suspend, screen
 * lock (on Linux only with the desktop's signal, named), and idle minutes only where the system
 * reports idle time; then what is missing.
 */
export function describeLockSources(sources: LockSources, minutes: number): string {
  const linux = sources.platform === 'linux';
  const signal = linux ? (sources.screenLockSignal ?? { state: 'not-found' }) : undefined;
  const triggers = [
    t(linux ? 'settings.security.lockSources.suspend' : 'settings.security.lockSources.sleep'),
  ];
  if (sources.platform === 'darwin' || sources.platform === 'win32')
    triggers.push(t('settings.security.lockSources.screen'));
  if (signal?.state === 'listening')
    triggers.push(
      t('settings.security.lockSources.desktopSignal', { sources: signal.sources.join(', ') }),
    );
  if (sources.idle === 'measured')
    triggers.push(t('settings.security.lockSources.idle', { minutes }));
  const notes = [
    t(`settings.security.lockSources.on.${sources.platform}`, { triggers: list.format(triggers) }),
  ];
  if (signal?.state === 'not-found') notes.push(t('settings.security.lockSources.noSignal'));
  if (signal?.state === 'starting') notes.push(t('settings.security.lockSources.starting'));
  if (sources.idle === 'unknown') notes.push(t('settings.security.lockSources.idleUnknown'));
  return notes.join(' ');
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
