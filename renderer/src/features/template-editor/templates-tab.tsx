import { useEffect, useId, useState } from 'react';
import type { TemplateListing } from '../../../../core/contract-parts/practice';
import type { Template } from '../../../../core/template';
import { Button } from '../../components/button';
import { formatDate, t } from '../../i18n/t';
import fieldStyles from '../../components/field.module.css';
import { SaveFeedback, type SaveState } from '../../components/save-feedback';
import type { SaveOutcome } from '../../lib/save-outcome';
import { TemplateEditor } from './template-editor';
import styles from './template-editor.module.css';

type Library =
  | { status: 'loading' }
  | { status: 'ready'; templates: TemplateListing[] }
  | { status: 'error'; message: string };

/** The template library: the default for new sessions, copies of any template, and editing the clinician's own. */
export function TemplatesTab({
  defaultTemplateId,
  save,
}: {
  defaultTemplateId: string;
  save: (patch: { defaultTemplateId: string }) => Promise<SaveOutcome>;
}) {
  const selectId = useId();
  const [library, setLibrary] = useState<Library>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [editing, setEditing] = useState<Template | null>(null);
  const [defaultId, setDefaultId] = useState(defaultTemplateId);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [problem, setProblem] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void window.api.templates.library({}).then((result) => {
      if (current)
        setLibrary(
          result.ok
            ? { status: 'ready', templates: result.value }
            : { status: 'error', message: result.error.message },
        );
    });
    return () => {
      current = false;
    };
  }, [generation]);

  async function chooseDefault(id: string) {
    setDefaultId(id);
    setSaveState({ status: 'saving' });
    const outcome = await save({ defaultTemplateId: id });
    setSaveState(
      outcome.ok ? { status: 'saved' } : { status: 'error', message: outcome.error.message },
    );
  }

  async function duplicate(listing: TemplateListing) {
    setProblem('');
    const result = await window.api.templates.duplicate({ id: listing.id });
    if (!result.ok) return setProblem(result.error.message);
    setEditing(result.value);
  }

  async function edit(listing: TemplateListing) {
    const result = await window.api.templates.open({ id: listing.id });
    if (!result.ok) return setProblem(result.error.message);
    setEditing(result.value);
  }

  async function remove(listing: TemplateListing) {
    const result = await window.api.templates.remove({ id: listing.id });
    if (!result.ok) setProblem(result.error.message);
    else if (listing.id === defaultId) setDefaultId('planned-ending');
    setConfirming(null);
    setGeneration((g) => g + 1);
  }

  if (editing) {
    return (
      <TemplateEditor
        template={editing}
        onClose={() => {
          setEditing(null);
          setGeneration((g) => g + 1);
        }}
      />
    );
  }

  const templates = library.status === 'ready' ? library.templates : [];
  return (
    <div className={styles.tab}>
      <p className={styles.muted}>{t('templates.intro')}</p>
      {templates.length > 0 && (
        <div className={fieldStyles.field}>
          <label htmlFor={selectId} className={fieldStyles.label}>
            {t('templates.default')}
          </label>
          <select
            id={selectId}
            className={fieldStyles.select}
            value={defaultId}
            onChange={(e) => void chooseDefault(e.target.value)}
          >
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name}
              </option>
            ))}
          </select>
          <SaveFeedback state={saveState} />
        </div>
      )}
      {problem && (
        <p role="alert" className={styles.error}>
          {problem}
        </p>
      )}
      {library.status === 'loading' && <p>{t('common.loading')}</p>}
      {library.status === 'error' && (
        <p role="alert" className={styles.error}>
          {library.message}
        </p>
      )}
      <ul className={styles.library} aria-label={t('templates.listLabel')}>
        {templates.map((tpl) => (
          <li key={tpl.id} className={styles.card}>
            <h3 className={styles.cardTitle} dir="auto">
              {tpl.name}
            </h3>
            <p className={styles.muted}>
              {tpl.builtIn
                ? t('templates.builtIn')
                : t('templates.custom', { version: tpl.version, date: formatDate(tpl.updatedAt) })}
              {' · '}
              {t('templates.sections', { count: tpl.sectionCount })}
            </p>
            {tpl.description && <p className={styles.description}>{tpl.description}</p>}
            {confirming === tpl.id ? (
              <div
                className={styles.confirm}
                role="group"
                aria-label={t('templates.remove.confirmLabel', { name: tpl.name })}
              >
                <p>{t('templates.remove.confirm', { name: tpl.name })}</p>
                <div className={styles.actions}>
                  <Button onPress={() => void remove(tpl)}>{t('templates.remove.yes')}</Button>
                  <Button variant="quiet" onPress={() => setConfirming(null)} autoFocus>
                    {t('templates.remove.no')}
                  </Button>
                </div>
              </div>
            ) : (
              <div className={styles.actions}>
                {!tpl.builtIn && (
                  <Button
                    onPress={() => void edit(tpl)}
                    aria-label={t('templates.editName', { name: tpl.name })}
                  >
                    {t('templates.edit')}
                  </Button>
                )}
                <Button
                  variant="quiet"
                  onPress={() => void duplicate(tpl)}
                  aria-label={t('templates.copyName', { name: tpl.name })}
                >
                  {t('templates.copy')}
                </Button>
                {!tpl.builtIn && (
                  <Button
                    variant="quiet"
                    onPress={() => setConfirming(tpl.id)}
                    aria-label={t('templates.removeName', { name: tpl.name })}
                  >
                    {t('templates.remove')}
                  </Button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
