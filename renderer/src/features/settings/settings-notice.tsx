import { useEffect, useState } from 'react';
import type { SettingsNotice } from '../../../../core/settings';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import styles from './settings.module.css';

/** A calm banner when the settings file could not be used (set aside, defaults loaded), with a dismiss button. */
export function SettingsNoticeBanner() {
  const [notice, setNotice] = useState<SettingsNotice>({});

  useEffect(() => {
    let current = true;
    void window.api.settings.get({}).then((result) => {
      if (current && result.ok) setNotice(result.value.notice);
    });
    return () => {
      current = false;
    };
  }, []);

  if (!notice.invalidFileSavedAs) return null;
  const fileName = notice.invalidFileSavedAs.split(/[\\/]/).pop() ?? '';

  async function dismiss() {
    const result = await window.api.settings.dismissNotice({});
    setNotice(result.ok ? result.value.notice : {});
  }

  return (
    <section className={styles.notice} aria-labelledby="settings-notice-title">
      <div>
        <h2 id="settings-notice-title" className={styles.noticeTitle}>
          {t('settings.notice.title')}
        </h2>
        <p>{t('settings.notice.body', { file: fileName })}</p>
      </div>
      <Button onPress={() => void dismiss()}>{t('settings.notice.dismiss')}</Button>
    </section>
  );
}
