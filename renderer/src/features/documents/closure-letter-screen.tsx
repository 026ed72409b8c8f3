import { useState } from 'react';
import { Label, Text, TextArea, TextField } from 'react-aria-components';
import type { LetterText } from '../../../../core/contract-parts/documents';
import type { DocumentSummary } from '../../../../core/documents/document-record';
import type { LetterVariant } from '../../../../core/handout-model/choices';
import {
  LETTER_PLACEHOLDERS,
  unknownPlaceholders,
} from '../../../../core/handout-model/placeholders';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { RadioCards } from './choice-group';
import { ExportResult } from './export-result';
import styles from './documents.module.css';

/** Edits the closure letter's wording (with placeholders such as {clientName}) and makes the letter. */
export function ClosureLetterScreen({
  sessionId,
  onBack,
}: {
  sessionId: string;
  onBack: () => void;
}) {
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  const [variant, setVariant] = useState<LetterVariant>('minimal');
  const [made, setMade] = useState<DocumentSummary | null>(null);
  return (
    <section aria-labelledby="letter-title" className={styles.screen}>
      <div>
        <h1 id="letter-title" ref={headingRef} tabIndex={-1} className={styles.title}>
          {made ? t('documents.result.title') : t('documents.letter.title')}
        </h1>
        <p className={styles.intro}>{t('documents.letter.intro')}</p>
      </div>
      {made ? (
        <ExportResult document={made} onAnother={() => setMade(null)} onDone={onBack} />
      ) : (
        <>
          <RadioCards
            label={t('documents.letter.variant')}
            value={variant}
            onChange={setVariant}
            choices={(['minimal', 'clinical'] as const).map((v) => ({
              value: v,
              name: t(`documents.letter.${v}`),
              help: t(`documents.letter.${v}.help`),
            }))}
          />
          <LetterLoader
            key={variant}
            sessionId={sessionId}
            variant={variant}
            onMade={setMade}
            onCancel={onBack}
          />
        </>
      )}
    </section>
  );
}

function LetterLoader({
  sessionId,
  variant,
  onMade,
  onCancel,
}: {
  sessionId: string;
  variant: LetterVariant;
  onMade: (d: DocumentSummary) => void;
  onCancel: () => void;
}) {
  const [state, reload] = useApiLoad(() => window.api.documents.letterText({ sessionId, variant }));
  if (state.status === 'loading') return <p className={styles.muted}>{t('common.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div role="alert" className={styles.errorBox}>
        <p>{state.error.message}</p>
        <Button onPress={reload}>{t('common.retry')}</Button>
      </div>
    );
  }
  return (
    <LetterForm
      sessionId={sessionId}
      variant={variant}
      loaded={state.value}
      onMade={onMade}
      onCancel={onCancel}
    />
  );
}

function LetterForm({
  sessionId,
  variant,
  loaded,
  onMade,
  onCancel,
}: {
  sessionId: string;
  variant: LetterVariant;
  loaded: LetterText;
  onMade: (d: DocumentSummary) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(loaded.text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function make() {
    setBusy(true);
    setError('');
    const result = await window.api.documents.export({
      sessionId,
      kind: 'closure-letter',
      options: { variant, text },
    });
    setBusy(false);
    if (result.ok) onMade(result.value);
    else setError(result.error.message);
  }

  const unknown = unknownPlaceholders(text);
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void make();
      }}
    >
      <div className={styles.card}>
        <TextField value={text} onChange={setText} className={styles.field}>
          <Label className={styles.groupLabel}>{t('documents.letter.wording')}</Label>
          <Text slot="description" className={styles.description}>
            {t('documents.letter.wording.help')}
          </Text>
          <TextArea className={`${styles.textarea} ${styles.letterText}`} dir="auto" spellCheck />
        </TextField>
        {unknown.length > 0 && (
          <p className={styles.hint}>
            {t('documents.letter.unknown', { names: unknown.map((n) => `{${n}}`).join(', ') })}
          </p>
        )}
        <h2 className={styles.subheading}>{t('documents.letter.placeholders')}</h2>
        <dl className={styles.placeholders}>
          {LETTER_PLACEHOLDERS.map((name) => (
            <div key={name} className={styles.placeholderRow}>
              <dt>{`{${name}}`}</dt>
              <dd dir="auto">{loaded.values[name] || t('documents.letter.notSet')}</dd>
            </div>
          ))}
        </dl>
        <p className={styles.description}>{t('documents.letter.extras')}</p>
        <div className={styles.actions}>
          <Button variant="quiet" onPress={() => setText(loaded.defaultText)}>
            {t('documents.letter.reset')}
          </Button>
        </div>
      </div>
      {error && (
        <p role="alert" className={styles.errorBox}>
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <Button type="submit" variant="primary" isDisabled={busy}>
          {busy ? t('documents.export.busy') : t('documents.letter.submit')}
        </Button>
        <Button variant="quiet" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
