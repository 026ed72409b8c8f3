import type { ReactNode } from 'react';
import type { ItemAnswer } from '../../../../../core/checklist';
import type { TemplateItem, TemplateSection } from '../../../../../core/template';
import { t } from '../../../i18n/t';
import { HandoutToggle } from './handout-toggle';
import styles from './items.module.css';

/** Props of an item's frame. */
export interface ItemFrameProps {
  section: TemplateSection;
  item: TemplateItem;
  answer: ItemAnswer | undefined;
  readOnly: boolean;
  onHandout: (include: boolean) => void;
  children: ReactNode;
  /** Hides the handout switch (items that never reach the handout). */
  noHandout?: boolean;
}

/** The heading, help, "required" mark and handout switch around a structured item. */
export function ItemFrame({
  section,
  item,
  answer,
  readOnly,
  onHandout,
  children,
  noHandout,
}: ItemFrameProps) {
  const headingId = `item-${item.id}`;
  return (
    <section className={styles.item} aria-labelledby={headingId} data-item={item.id}>
      <div className={styles.itemHead}>
        <h3 id={headingId} className={styles.itemTitle} dir="auto">
          {item.label}
          {item.required && <span className={styles.required}> {t('runner.item.required')}</span>}
        </h3>
        {!noHandout && (
          <HandoutToggle
            section={section}
            item={item}
            answer={answer}
            readOnly={readOnly}
            onToggle={onHandout}
          />
        )}
      </div>
      {item.help && <p className={styles.help}>{item.help}</p>}
      {children}
    </section>
  );
}
