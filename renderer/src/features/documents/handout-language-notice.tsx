import { useState } from 'react';
import { HANDOUT_LANGUAGES } from '../../../../core/clients/languages';
import { isCompleteHandoutLanguage } from '../../../../core/handout-i18n/complete-languages';
import { Button } from '../../components/button';
import { SelectField } from '../../components/select-field';
import { t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import styles from './documents.module.css';

// Only languages whose handout wording is complete; the others come back as their catalogues are finished.
const LANGUAGE_OPTIONS = HANDOUT_LANGUAGES.filter((l) => isCompleteHandoutLanguage(l.code)).map(
  (l) => ({
    value: l.code,
    label: l.nativeName === l.englishName ? l.nativeName : `${l.nativeName} — ${l.englishName}`,
    lang: l.code,
  }),
);

/** Props of the handout-language notice. */
export interface HandoutLanguageNoticeProps {
  sessionId: string;
}

/**
 * The handout-language picker (complete languages only; a change is saved as the client's
 * language, so this and later exports use it) and the notice that says which language the client's documents are made in and, until the clinician marks that
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
            clientId: client.value.id,
            language: client.value.language,
            checked: settings.value.settings.handout.wordingChecked,
          },
        }
      : settings;
  });
  const [marked, setMarked] = useState<string[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  if (state.status !== 'ready') return null;
  const code = chosen ?? (state.value.language || 'en');
  const { clientId } = state.value;
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

  async function choose(next: string) {
    setSaveFailed(false);
    const result = await window.api.clients.setHandoutLanguage({ id: clientId, language: next });
    if (result.ok) setChosen(result.value.language);
    else setSaveFailed(true);
  }

  const picker = (
    <>
      <SelectField
        name="handoutLanguage"
        label={t('documents.language.picker')}
        description={t('documents.language.pickerHelp')}
        options={LANGUAGE_OPTIONS}
        defaultValue={isCompleteHandoutLanguage(code) ? code : 'en'}
        onChange={(next) => void choose(next)}
      />
      {saveFailed && <p role="alert">{t('documents.language.saveFailed')}</p>}
    </>
  );

  if (!isCompleteHandoutLanguage(code)) {
    return (
      <>
        {picker}
        <div className={styles.notice} role="note" data-testid="handout-language">
          <p>{t('documents.language.notComplete', { language: name })}</p>
        </div>
      </>
    );
  }
  return (
    <>
      {picker}
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
    </>
  );
}
