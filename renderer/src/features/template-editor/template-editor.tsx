import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Template } from '../../../../core/template';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import fieldStyles from '../../components/field.module.css';
import { SectionBlock } from './section-block';
import { TemplatePreview } from './template-preview';
import { useTemplateDraft } from './use-template-draft';
import styles from './template-editor.module.css';

/** Edits one of the clinician's templates; saving makes a new version (sessions keep the version they started with). */
export function TemplateEditor({
  template,
  onClose,
}: {
  template: Template;
  onClose: (saved?: Template) => void;
}) {
  const { draft, setDraft, edits, error, setError, announcement, dirty, setDirty } =
    useTemplateDraft(template);
  const [saved, setSaved] = useState<Template>(template);
  const [status, setStatus] = useState('');
  const [preview, setPreview] = useState(false);
  const [newSection, setNewSection] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function save() {
    setStatus(t('settings.saving'));
    const result = await window.api.templates.save({
      template: draft,
      expectedVersion: saved.version,
    });
    if (!result.ok) {
      setStatus('');
      setError(result.error.message);
      return;
    }
    setSaved(result.value);
    setDraft(result.value);
    setDirty(false);
    setError('');
    setStatus(
      result.value.version === saved.version
        ? t('templateEditor.unchanged')
        : t('templateEditor.savedVersion', { version: result.value.version }),
    );
  }

  function addSection(event: FormEvent) {
    event.preventDefault();
    if (newSection.trim() && edits.addSection(newSection)) setNewSection('');
  }

  return (
    <section className={styles.editor} aria-labelledby="template-editor-title">
      <div className={styles.editorHead}>
        <h3
          id="template-editor-title"
          ref={headingRef}
          tabIndex={-1}
          className={styles.editorTitle}
        >
          {t('templateEditor.title', { name: saved.name })}
        </h3>
        <span className={styles.version}>
          {t('templateEditor.version', { version: saved.version })}
        </span>
      </div>
      <p className={styles.muted}>{t('templateEditor.intro')}</p>
      <p id="template-reorder-help" className={styles.muted}>
        {t('templateEditor.reorderHelp')}
      </p>
      <div className={styles.meta}>
        <div className={fieldStyles.field}>
          <label htmlFor="template-name" className={fieldStyles.label}>
            {t('templateEditor.name')}
          </label>
          <input
            id="template-name"
            className={fieldStyles.input}
            value={draft.name}
            dir="auto"
            onChange={(e) => edits.rename(e.target.value)}
          />
        </div>
        <div className={fieldStyles.field}>
          <label htmlFor="template-minutes" className={fieldStyles.label}>
            {t('templateEditor.minutes')}
          </label>
          <input
            id="template-minutes"
            type="number"
            min={5}
            max={240}
            className={`${fieldStyles.input} ${styles.narrow}`}
            value={draft.plannedMinutes}
            onChange={(e) => edits.setPlannedMinutes(Number(e.target.value))}
          />
        </div>
      </div>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      <ol className={styles.sections} aria-label={t('templateEditor.sections')}>
        {draft.sections.map((section, index) => (
          <SectionBlock
            key={section.id}
            template={draft}
            section={section}
            index={index}
            edits={edits}
          />
        ))}
      </ol>
      <form className={styles.addRow} onSubmit={addSection}>
        <label htmlFor="new-section" className="visually-hidden">
          {t('templateEditor.addSection.label')}
        </label>
        <input
          id="new-section"
          className={styles.itemInput}
          value={newSection}
          placeholder={t('templateEditor.addSection.placeholder')}
          onChange={(e) => setNewSection(e.target.value)}
          dir="auto"
        />
        <Button type="submit" isDisabled={!newSection.trim()}>
          {t('templateEditor.addSection')}
        </Button>
      </form>
      {preview && <TemplatePreview template={draft} />}
      <div className={styles.saveBar}>
        <Button variant="primary" onPress={() => void save()} isDisabled={!dirty}>
          {t('templateEditor.save')}
        </Button>
        <Button onPress={() => setPreview((p) => !p)} aria-expanded={preview}>
          {preview ? t('templateEditor.hidePreview') : t('templateEditor.showPreview')}
        </Button>
        <Button variant="quiet" onPress={() => onClose(saved)}>
          {t('templateEditor.back')}
        </Button>
        <p role="status" className={styles.muted}>
          {dirty ? t('templateEditor.unsaved') : status}
        </p>
      </div>
    </section>
  );
}
