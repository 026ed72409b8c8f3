import { useId, useState } from 'react';
import { HANDOUT_LANGUAGES } from '../../../../core/clients/languages';
import {
  CATALOGUE_EN,
  CATALOGUE_KEYS,
  type CatalogueKey,
} from '../../../../core/handout-i18n/catalogue';
import { DOCUMENT_CATALOGUES } from '../../../../core/handout-i18n/catalogues';
import { icuOverrideProblem } from '../../../../core/handout-i18n/icu';
import type { HandoutDefaults } from '../../../../core/settings';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { formErrorMessage } from '../../lib/use-form-errors';
import { SaveFeedback, type SaveState } from '../../components/save-feedback';
import type { SaveOutcome } from '../../lib/save-outcome';
import fields from '../../components/field.module.css';
import styles from './settings.module.css';

type Overrides = HandoutDefaults['wordingOverrides'];

const LANGUAGES = HANDOUT_LANGUAGES.filter((l) => l.code in DOCUMENT_CATALOGUES);

/**
 * Settings → Handout: rewrite any fixed sentence of the client documents in one language. The
 * new wording must keep the sentence's {placeholders}; it is used in every later export.
 */
export function WordingOverrides({
  overrides,
  save,
}: {
  overrides: Overrides;
  save: (patch: { handout: Partial<HandoutDefaults> }) => Promise<SaveOutcome>;
}) {
  const id = useId();
  const [current, setCurrent] = useState<Overrides>(overrides);
  const [lang, setLang] = useState('en');
  const [key, setKey] = useState<CatalogueKey>('handout.heading');
  const shipped = DOCUMENT_CATALOGUES[lang]?.[key] ?? CATALOGUE_EN[key];
  const own = current[lang]?.[key];
  const [text, setText] = useState(own ?? shipped);
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const problem = icuOverrideProblem(CATALOGUE_EN[key], text);

  function choose(nextLang: string, nextKey: CatalogueKey) {
    setLang(nextLang);
    setKey(nextKey);
    setText(
      current[nextLang]?.[nextKey] ??
        DOCUMENT_CATALOGUES[nextLang]?.[nextKey] ??
        CATALOGUE_EN[nextKey],
    );
    setState({ status: 'idle' });
  }

  async function store(next: Overrides) {
    setState({ status: 'saving' });
    const outcome = await save({ handout: { wordingOverrides: next } });
    if (outcome.ok) {
      setCurrent(next);
      setState({ status: 'saved' });
    } else setState({ status: 'error', message: formErrorMessage(outcome.error) });
  }

  function rest(): Record<string, string> {
    const { [key]: _dropped, ...others } = current[lang] ?? {};
    return others;
  }

  return (
    <section
      aria-labelledby="wording-title"
      className={styles.form}
      data-testid="wording-overrides"
    >
      <h2 id="wording-title">{t('settings.wording.title')}</h2>
      <p className={styles.intro}>{t('settings.wording.intro')}</p>
      <div className={styles.grid}>
        <div className={fields.field}>
          <label htmlFor={`${id}-lang`} className={fields.label}>
            {t('settings.wording.language')}
          </label>
          <select
            id={`${id}-lang`}
            className={fields.select}
            value={lang}
            onChange={(event) => choose(event.target.value, key)}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.nativeName === l.englishName
                  ? l.englishName
                  : `${l.englishName} — ${l.nativeName}`}
              </option>
            ))}
          </select>
        </div>
        <div className={fields.field}>
          <label htmlFor={`${id}-key`} className={fields.label}>
            {t('settings.wording.sentence')}
          </label>
          <select
            id={`${id}-key`}
            className={fields.select}
            value={key}
            onChange={(event) => choose(lang, event.target.value as CatalogueKey)}
          >
            {CATALOGUE_KEYS.map((k) => (
              <option
                key={k}
                value={k}
              >{`${CATALOGUE_EN[k].split('\n')[0]!.slice(0, 70)}${current[lang]?.[k] !== undefined ? ` ${t('settings.wording.changedMark')}` : ''}`}</option>
            ))}
          </select>
        </div>
      </div>
      <div className={fields.field}>
        <label htmlFor={`${id}-text`} className={fields.label}>
          {t('settings.wording.text')}
        </label>
        <textarea
          id={`${id}-text`}
          className={`${fields.input} ${styles.textarea}`}
          lang={lang}
          dir="auto"
          rows={key === 'letter.opening' || key === 'letter.closing' ? 10 : 3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-help`}
        />
        <span
          id={`${id}-help`}
          className={problem ? fields.error : fields.description}
          role={problem ? 'alert' : undefined}
        >
          {problem ?? t('settings.wording.help')}
        </span>
      </div>
      <div className={styles.actions}>
        <Button
          variant="primary"
          isDisabled={problem !== null || state.status === 'saving'}
          onPress={() => void store({ ...current, [lang]: { ...rest(), [key]: text } })}
        >
          {t('settings.wording.save')}
        </Button>
        {own !== undefined && (
          <Button
            variant="quiet"
            onPress={() => {
              setText(shipped);
              void store({ ...current, [lang]: rest() });
            }}
          >
            {t('settings.wording.restore')}
          </Button>
        )}
        <SaveFeedback state={state} />
      </div>
    </section>
  );
}
