import { useState } from 'react';
import type { Template, TemplateSection } from '../../../../core/template';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { Arrow, ItemRow } from './item-row';
import { reorderStep } from './reorder-keys';
import type { TemplateEdits } from './use-template-draft';
import styles from './template-editor.module.css';

/** One section in the editor: title, time hint, its items, and moving, removing or adding to it. */
export function SectionBlock({
  template,
  section,
  index,
  edits,
}: {
  template: Template;
  section: TemplateSection;
  index: number;
  edits: TemplateEdits;
}) {
  const [newPoint, setNewPoint] = useState('');
  const count = template.sections.length;
  const titleId = `section-${section.id}-title`;
  return (
    <li className={styles.section} aria-labelledby={titleId}>
      <div
        className={styles.sectionHead}
        onKeyDown={(event) => {
          if (
            event.target !== event.currentTarget &&
            (event.target as HTMLElement).tagName !== 'INPUT'
          )
            return;
          const step = reorderStep(event);
          if (step) edits.moveSection(section.id, index + step);
        }}
      >
        <h4 id={titleId} className="visually-hidden">
          {t('templateEditor.section.heading', { n: index + 1, title: section.title })}
        </h4>
        <label className={styles.sectionLabel} htmlFor={`section-${section.id}`}>
          {t('templateEditor.section.title', { n: index + 1 })}
        </label>
        <input
          id={`section-${section.id}`}
          className={styles.sectionInput}
          value={section.title}
          dir="auto"
          onChange={(e) => edits.updateSection(section.id, { title: e.target.value })}
          aria-describedby="template-reorder-help"
        />
        {section.private && (
          <span className={styles.private}>{t('templateEditor.section.private')}</span>
        )}
        <div className={styles.itemControls}>
          <Button
            variant="quiet"
            isDisabled={index === 0}
            onPress={() => edits.moveSection(section.id, index - 1)}
            aria-label={t('templateEditor.moveUp', { name: section.title })}
          >
            <Arrow up />
          </Button>
          <Button
            variant="quiet"
            isDisabled={index === count - 1}
            onPress={() => edits.moveSection(section.id, index + 1)}
            aria-label={t('templateEditor.moveDown', { name: section.title })}
          >
            <Arrow />
          </Button>
          <Button
            variant="quiet"
            isDisabled={count === 1}
            onPress={() => edits.removeSection(section.id)}
            aria-label={t('templateEditor.removeName', { name: section.title })}
          >
            {t('templateEditor.remove')}
          </Button>
        </div>
      </div>
      {section.items.length === 0 ? (
        <p className={styles.muted}>{t('templateEditor.section.empty')}</p>
      ) : (
        <ol
          className={styles.items}
          aria-label={t('templateEditor.section.items', { title: section.title })}
        >
          {section.items.map((item, itemIndex) => (
            <ItemRow
              key={item.id}
              section={section}
              item={item}
              index={itemIndex}
              count={section.items.length}
              actions={{
                rename: (label) => edits.updateItem(item.id, { label }),
                move: (step) => edits.moveItem(item.id, itemIndex + step),
                remove: () => edits.removeItem(item.id),
                setRequired: (required) => edits.setRequired(item.id, required),
                setInHandout: (include) => edits.setInHandout(item.id, include),
              }}
            />
          ))}
        </ol>
      )}
      <form
        className={styles.addRow}
        onSubmit={(event) => {
          event.preventDefault();
          if (newPoint.trim() && edits.addPoint(section.id, newPoint)) setNewPoint('');
        }}
      >
        <label htmlFor={`add-${section.id}`} className="visually-hidden">
          {t('templateEditor.addPoint.label', { title: section.title })}
        </label>
        <input
          id={`add-${section.id}`}
          className={styles.itemInput}
          value={newPoint}
          placeholder={t('templateEditor.addPoint.placeholder')}
          onChange={(e) => setNewPoint(e.target.value)}
          dir="auto"
        />
        <Button type="submit" isDisabled={!newPoint.trim()}>
          {t('templateEditor.addPoint')}
        </Button>
      </form>
    </li>
  );
}
