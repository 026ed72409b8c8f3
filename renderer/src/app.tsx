import { useCallback, useEffect, useState } from 'react';
import { Button } from './components/button';
import { t } from './i18n/t';
import type { Route } from './routes';
import { Workspace } from './workspace';
import { AboutScreen } from './features/about/about-screen';
import { ReadOnlyNotice } from './features/vault/read-only-notice';
import { useVaultGate, VaultScreens } from './features/vault/vault-gate';
import { SettingsNoticeBanner } from './features/settings/settings-notice';
import { SyncStatus } from './features/sync/sync-status';
import { loadTheme } from './lib/theme';
import styles from './app.module.css';

/** The app shell: header, skip link, the vault gate and, once unlocked, the workspace. */
export function App() {
  const gate = useVaultGate();
  const [route, setRoute] = useState<Route>({ name: 'home' });
  // Help → About works locked or unlocked: it shows no client data.
  const [about, setAbout] = useState(false);
  const go = useCallback((next: Route) => {
    setAbout(false);
    setRoute(next);
  }, []);
  const open = gate.view.name === 'open';

  // The theme setting is readable while locked, so the unlock screen already wears it.
  // Dates wait for the same read (their locale is a setting), so the workspace shows after it.
  const [prefsRead, setPrefsRead] = useState(false);
  useEffect(() => {
    void loadTheme().then(() => setPrefsRead(true));
  }, []);

  useEffect(
    () =>
      window.appEvents.on('menu.command', ({ command }) => {
        if (command === 'show-about') setAbout(true);
      }),
    [],
  );

  useEffect(() => {
    if (!open) return;
    return window.appEvents.on('menu.command', ({ command }) => {
      if (command === 'new-client') go({ name: 'new-client' });
    });
  }, [open, go]);

  async function lock() {
    await gate.lock();
    setRoute({ name: 'home' });
  }

  return (
    <div className={styles.shell}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={styles.header}>
        <span className={styles.brand}>
          <svg className={styles.logo} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              d="M4 18c3-8 13-8 16 0"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
            <circle cx="12" cy="8" r="3" fill="currentColor" />
          </svg>
          {t('app.name')}
        </span>
        {open && (
          <nav aria-label={t('nav.label')} className={styles.nav}>
            <Button variant="quiet" onPress={() => go({ name: 'home' })}>
              {t('nav.clients')}
            </Button>
            <Button variant="quiet" onPress={() => go({ name: 'archive' })}>
              {t('nav.archive')}
            </Button>
            <Button variant="quiet" onPress={() => go({ name: 'settings' })}>
              {t('nav.settings')}
            </Button>
            <Button
              variant="quiet"
              onPress={() => void lock()}
              aria-keyshortcuts="Control+L Meta+L"
            >
              <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <rect
                  x="5"
                  y="11"
                  width="14"
                  height="9"
                  rx="2"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                />
                <path
                  d="M8 11V8a4 4 0 0 1 8 0v3"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                />
              </svg>
              {t('nav.lock')}
            </Button>
          </nav>
        )}
      </header>
      <main
        id="main"
        className={
          open && route.name === 'runner' ? `${styles.main} ${styles.mainWide}` : styles.main
        }
      >
        {open && <SettingsNoticeBanner />}
        {open && <ReadOnlyNotice />}
        {open && <SyncStatus onReview={() => go({ name: 'merge' })} />}
        {about ? (
          <AboutScreen onClose={() => setAbout(false)} />
        ) : open ? (
          prefsRead && <Workspace route={route} navigate={go} />
        ) : (
          <VaultScreens gate={gate} />
        )}
      </main>
    </div>
  );
}
