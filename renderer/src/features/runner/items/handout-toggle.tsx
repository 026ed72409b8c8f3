import type { ItemAnswer } from '../../../../../core/checklist';
import { canIncludeInHandout, isInHandout } from '../../../../../core/template';
import type { TemplateItem, TemplateSection } from '../../../../../core/template';
import { ToggleSwitch } from '../../../components/toggle-switch';
import { t } from '../../../i18n/t';
import styles from './items.module.css';

/** Props of the "include in handout" switch. */
export interface HandoutToggleProps {
  section: TemplateSection;
  item: TemplateItem;
  answer: ItemAnswer | undefined;
  readOnly: boolean;
  onToggle: (include: boolean) => void;
}

/** Whether an item goes into the client's handout; private reflection says so and cannot be switched on. */
export function HandoutToggle({ section, item, answer, readOnly, onToggle }: HandoutToggleProps) {
  if (!canIncludeInHandout(section, item)) {
    return <span className={styles.privateNote}>{t('runner.handout.private')}</span>;
  }
  const on = isInHandout(section, item, answer?.inHandout);
  return (
    <ToggleSwitch
      size="small"
      isSelected={on}
      isReadOnly={readOnly}
      onChange={onToggle}
      aria-label={t('runner.handout.labelFor', { label: item.label })}
    >
      <span aria-hidden="true">{t('runner.handout.label')}</span>
    </ToggleSwitch>
  );
}
