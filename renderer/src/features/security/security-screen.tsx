import { t } from '../../i18n/t';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { SecurityPanel } from './security-panel';
import styles from './security.module.css';

/** The security screen: the security panel under its own heading. */
export function SecurityScreen() {
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  return (
    <section aria-labelledby="security-title" className={styles.panel}>
      <h1 id="security-title" ref={headingRef} tabIndex={-1} className={styles.screenTitle}>
        {t('security.title')}
      </h1>
      <p className={styles.muted}>{t('security.intro')}</p>
      <SecurityPanel />
    </section>
  );
}
