import { useId } from 'react';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { useNotices, type Notices } from './use-notices';
import styles from './about.module.css';

/** The notices grouped by licence text: each distinct text once, under the packages it covers. */
function NoticeGroups({ notices }: { notices: Notices }) {
  return notices.texts.map((text, index) => {
    const users = notices.packages.filter((entry) => entry.texts.includes(index));
    return (
      <article key={index} className={styles.group}>
        <ul className={styles.packages}>
          {users.map((entry) => (
            <li key={`${entry.name}@${entry.version}`}>
              {entry.name} {entry.version} · {entry.license}{' '}
              <span className={styles.usedIn}>({entry.usedIn.join(', ')})</span>
            </li>
          ))}
        </ul>
        <pre className={styles.text}>{text}</pre>
      </article>
    );
  });
}

/** Help → About: the app's name and version, what it does with data, and the third-party notices. */
export function AboutScreen({ onClose }: { onClose: () => void }) {
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  const state = useNotices();
  const noticesTitle = useId();
  const appName = t('app.name');
  return (
    <section aria-labelledby="about-title" className={styles.screen}>
      <h1 id="about-title" ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('about.title', { name: appName })}
      </h1>
      {state.status === 'ready' && (
        <p>{t('about.version', { version: state.notices.app.version })}</p>
      )}
      <p className={styles.lead}>{t('about.privacy')}</p>
      <div className={styles.section}>
        <h2 id={noticesTitle} className={styles.sectionTitle}>
          {t('about.notices.title')}
        </h2>
        <p className={styles.lead}>{t('about.notices.intro')}</p>
        {state.status === 'loading' && <p role="status">{t('common.loading')}</p>}
        {state.status === 'error' && (
          <p role="alert" className={styles.problem}>
            {t('about.notices.error', { message: state.message })}
          </p>
        )}
        {state.status === 'ready' && (
          <>
            <p>{t('about.notices.count', { count: state.notices.packages.length })}</p>
            {/* Focusable so the keyboard can scroll it; a region so assistive tech can jump to it. */}
            <div
              role="region"
              aria-labelledby={noticesTitle}
              tabIndex={0}
              className={styles.notices}
              data-testid="third-party-notices"
            >
              <NoticeGroups notices={state.notices} />
            </div>
          </>
        )}
      </div>
      <div className={styles.actions}>
        <Button onPress={onClose}>{t('about.close')}</Button>
      </div>
    </section>
  );
}
