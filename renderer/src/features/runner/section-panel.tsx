import { Fragment, type Ref } from 'react';
import type { ContentChange, SessionContent } from '../../../../core/checklist';
import type { TemplateItem, TemplateSection } from '../../../../core/template';
import { WELL_KNOWN_ITEM_IDS } from '../../../../core/template/built-in-templates';
import { t } from '../../i18n/t';
import { CheckInField } from './items/check-in-field';
import { CourseOfCareField } from './items/course-of-care-field';
import { CrisisLinesItem } from './items/crisis-lines-item';
import { GoalTable } from './items/goal-table';
import type { ItemProps } from './items/item-props';
import { ListItem } from './items/list-item';
import { MeasuresItem } from './items/measures-item';
import { ReasonItem } from './items/reason-item';
import { RiskItem } from './items/risk-item';
import { ReferralsItem } from './items/referrals-item';
import { SafetyPlanItem } from './items/safety-plan-item';
import { TalkingPoint } from './items/talking-point';
import { TextItem } from './items/text-item';
import styles from './runner.module.css';

/** Draws one item with the editor for its kind. */
function ItemEditor(props: ItemProps) {
  const { item } = props;
  const p = props as never;
  switch (item.kind) {
    case 'talking-point':
      return <TalkingPoint {...(p as ItemProps<'talking-point'>)} />;
    case 'short-text':
    case 'long-text':
      return <TextItem {...(p as ItemProps<'short-text' | 'long-text'>)} />;
    case 'list':
      return <ListItem {...(p as ItemProps<'list'>)} />;
    case 'goal-table':
      return <GoalTable {...(p as ItemProps<'goal-table'>)} />;
    case 'measures':
      return <MeasuresItem {...(p as ItemProps<'measures'>)} />;
    case 'referral-picker':
      return <ReferralsItem {...(p as ItemProps<'referral-picker'>)} />;
    case 'crisis-lines':
      return <CrisisLinesItem {...(p as ItemProps<'crisis-lines'>)} />;
    case 'safety-plan':
      return <SafetyPlanItem {...(p as ItemProps<'safety-plan'>)} />;
    case 'reason-for-ending':
      return <ReasonItem {...(p as ItemProps<'reason-for-ending'>)} />;
    case 'risk-at-discharge':
      return <RiskItem {...(p as ItemProps<'risk-at-discharge'>)} />;
  }
}

/** Props of the current section. */
export interface SectionPanelProps {
  section: TemplateSection;
  content: SessionContent;
  readOnly: boolean;
  onChange: (change: ContentChange) => string | null;
  headingRef: Ref<HTMLHeadingElement>;
  /** The gentle time hint line, from the timer. */
  hint: string;
}

/** The section being worked on: its title, guidance, time hint, talking points and fields. */
export function SectionPanel({
  section,
  content,
  readOnly,
  onChange,
  headingRef,
  hint,
}: SectionPanelProps) {
  const points = section.items.filter((i) => i.kind === 'talking-point');
  const fields = section.items.filter((i) => i.kind !== 'talking-point');
  // The agreed check-in date sits under the booster item, or under "how to come back" without one.
  const checkInAfter = section.items.some((i) => i.id === WELL_KNOWN_ITEM_IDS.boosterSession)
    ? WELL_KNOWN_ITEM_IDS.boosterSession
    : WELL_KNOWN_ITEM_IDS.returnPolicy;
  const props = (item: TemplateItem): ItemProps => ({
    section,
    item,
    answer: content.answers[item.id],
    content,
    readOnly,
    onChange,
  });
  return (
    <section
      className={styles.panel}
      aria-labelledby={`section-${section.id}`}
      data-section={section.id}
    >
      <header className={styles.panelHead}>
        <h2
          id={`section-${section.id}`}
          ref={headingRef}
          tabIndex={-1}
          className={styles.sectionTitle}
          dir="auto"
        >
          {section.title}
        </h2>
        {section.private && <p className={styles.privateBanner}>{t('runner.section.private')}</p>}
        {section.guidance && (
          <p className={styles.guidance} dir="auto">
            {section.guidance}
          </p>
        )}
        {hint && <p className={styles.hint}>{hint}</p>}
      </header>
      {points.length > 0 && (
        <div className={styles.points} role="group" aria-label={t('runner.section.points')}>
          <h3 className={styles.groupTitle}>{t('runner.section.points')}</h3>
          {points.map((item) => (
            <ItemEditor key={item.id} {...props(item)} />
          ))}
        </div>
      )}
      {fields.map((item) => (
        <Fragment key={item.id}>
          <ItemEditor {...props(item)} />
          {item.id === checkInAfter && (
            <CheckInField content={content} readOnly={readOnly} onChange={onChange} />
          )}
          {item.kind === 'risk-at-discharge' && (
            <CourseOfCareField content={content} readOnly={readOnly} onChange={onChange} />
          )}
        </Fragment>
      ))}
    </section>
  );
}
