import type { Template } from '../../../../core/template';
import { isInHandout } from '../../../../core/template';
import { t } from '../../i18n/t';
import styles from './template-editor.module.css';

/** A read-only outline of the template as a session will walk it: sections, time hints, points, what is required or shared. */
export function TemplatePreview({ template }: { template: Template }) {
  return (
    <section className={styles.preview} aria-labelledby="template-preview-title">
      <h3 id="template-preview-title" className={styles.cardTitle}>
        {t('templateEditor.preview.title', { name: template.name })}
      </h3>
      <p className={styles.muted}>
        {t('templateEditor.preview.minutes', { minutes: template.plannedMinutes })}
      </p>
      <ol className={styles.previewSections}>
        {template.sections.map((section) => (
          <li key={section.id}>
            <h4 className={styles.previewSection}>
              {section.title}{' '}
              <span className={styles.muted}>
                {t('templateEditor.preview.hint', { minutes: section.timeHintMinutes })}
              </span>
              {section.private && (
                <span className={styles.private}>{t('templateEditor.section.private')}</span>
              )}
            </h4>
            <ul className={styles.previewItems}>
              {section.items.map((item) => (
                <li key={item.id}>
                  {item.label}
                  {item.required && (
                    <span className={styles.tag}>{t('templateEditor.item.required')}</span>
                  )}
                  {isInHandout(section, item, null) && (
                    <span className={styles.tag}>{t('templateEditor.item.inHandout')}</span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
