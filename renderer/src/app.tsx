import { useState } from 'react';
import { t } from './i18n/t';
import { HomeScreen } from './features/home/home-screen';
import { NewClientScreen } from './features/clients/new-client-screen';
import styles from './app.module.css';

/** The screens of the app and what each needs. */
export type Route = { name: 'home'; notice?: string } | { name: 'new-client' };

/** The app shell: header, skip link and the current screen. */
export function App() {
  const [route, setRoute] = useState<Route>({ name: 'home' });

  return (
    <div className={styles.shell}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={styles.header}>
        <span className={styles.brand}>
          <svg className={styles.logo} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 18c3-8 13-8 16 0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            <circle cx="12" cy="8" r="3" fill="currentColor" />
          </svg>
          {t('app.name')}
        </span>
      </header>
      <main id="main" className={styles.main}>
        {route.name === 'home' && <HomeScreen notice={route.notice} onNewClient={() => setRoute({ name: 'new-client' })} />}
        {route.name === 'new-client' && (
          <NewClientScreen
            onCancel={() => setRoute({ name: 'home' })}
            onCreated={(name) => setRoute({ name: 'home', notice: t('home.sessionStarted', { name }) })}
          />
        )}
      </main>
    </div>
  );
}
