import type { Session } from '../../../../core/sessions/session';
import { t } from '../../i18n/t';
import { hasContent, ItemAnswerView } from './item-answer-view';
import styles from './document-view.module.css';

/** The whole recorded session, section by section, read-only; the private reflection is marked. */
export function SessionContentView({ session }: { session: Session }) {
  const { content } = session;
  const sections = session.template.sections
    .map((section) => ({
      section,
      items: section.items.filter((item) =>
        hasContent(item, content.answers[item.id], content.reasonForEnding),
      ),
    }))
    .filter((s) => s.items.length > 0);
  if (sections.length === 0) return <p className={styles.muted}>{t('docview.content.empty')}</p>;
  return (
    <div className={styles.sections}>
      {sections.map(({ section, items }) => (
        <section
          key={section.id}
          aria-labelledby={`sec-${section.id}`}
          className={section.private ? styles.privateSection : styles.section}
        >
          <h3 id={`sec-${section.id}`} className={styles.sectionHeading}>
            {section.title}
          </h3>
          {section.private && <p className={styles.privateNote}>{t('docview.private')}</p>}
          {items.map((item) => (
            <div key={item.id} className={styles.item}>
              <h4 className={styles.itemLabel}>{item.label}</h4>
              <ItemAnswerView
                item={item}
                answer={content.answers[item.id]}
                reason={content.reasonForEnding}
              />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
