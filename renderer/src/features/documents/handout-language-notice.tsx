import { useState } from 'react';
import { HANDOUT_LANGUAGES } from '../../../../core/clients/languages';
import { isCompleteHandoutLanguage } from '../../../../core/handout-i18n/complete-languages';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import styles from './documents.module.css';

/** Props of the handout-language notice. */
export interface HandoutLanguageNoticeProps {
  sessionId: string;
}

/**
 * Says which language the client's documents are made in and, until the clinician marks that
 * language's wording as checked, that a native-speaking clinician has not read it. A client whose
 * language has no complete wording yet is told apart: the documents are made in English.
 */
export function HandoutLanguageNotice({ sessionId }: HandoutLanguageNoticeProps) {
  const [state] = useApiLoad(async () => {
    const session = await window.api.sessions.get({ id: sessionId });
    if (!session.ok) return session;
    const client = await window.api.clients.get({ id: session.value.clientId });
    if (!client.ok) return client;
    const settings = await window.api.settings.get({});
    return settings.ok
      ? {
          ok: true as const,
          value: {
            language: client.value.language,
            checked: settings.value.settings.handout.wordingChecked,
          },
        }
      : settings;
  });
  const [marked, setMarked] = useState<string[] | null>(null);
  const [failed, setFailed] = useState(false);
  if (state.status !== 'ready') return null;
  const code = state.value.language || 'en';
  const language = HANDOUT_LANGUAGES.find((l) => l.code === code);
  const name = language
    ? language.nativeName === language.englishName
      ? language.englishName
      : `${language.englishName} (${language.nativeName})`
    : code;
  const checked = marked ?? state.value.checked;

  async function markChecked() {
    const next = [...new Set([...checked, code])];
    const result = await window.api.settings.update({ handout: { wordingChecked: next } });
    if (result.ok) setMarked(next);
    else setFailed(true);
  }

  if (!isCompleteHandoutLanguage(code)) {
    return (
      <div className={styles.notice} role="note" data-testid="handout-language">
        <p>{t('documents.language.notComplete', { language: name })}</p>
      </div>
    );
  }
  return (
    <div className={styles.notice} role="note" data-testid="handout-language">
      <p>
        <strong>{t('documents.language.label', { language: name })}</strong>
      </p>
      {code !== 'en' && !checked.includes(code) && (
        <>
          <p>{t('documents.language.unchecked')}</p>
          <Button variant="quiet" onPress={() => void markChecked()}>
            {t('documents.language.markChecked', { language: name })}
          </Button>
          {failed && <p role="alert">{t('documents.language.markFailed')}</p>}
        </>
      )}
      {code !== 'en' && checked.includes(code) && <p>{t('documents.language.checked')}</p>}
    </div>
  );
}
