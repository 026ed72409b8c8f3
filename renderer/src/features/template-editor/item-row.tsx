import type { TemplateItem, TemplateSection } from '../../../../core/template';
import { canIncludeInHandout, ITEM_KIND_LABELS } from '../../../../core/template';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { reorderStep } from './reorder-keys';
import styles from './template-editor.module.css';

/** What a row can ask the editor to do. */
export interface ItemActions {
  rename: (label: string) => void;
  move: (step: -1 | 1) => void;
  remove: () => void;
  setRequired: (required: boolean) => void;
  setInHandout: (include: boolean) => void;
}

/** One talking point or field of a section: label, required, in handout, move and remove (Alt+↑/↓ moves too). */
export function ItemRow({
  section,
  item,
  index,
  count,
  actions,
}: {
  section: TemplateSection;
  item: TemplateItem;
  index: number;
  count: number;
  actions: ItemActions;
}) {
  const labelId = `item-${item.id}-label`;
  const structural = item.kind === 'safety-plan' || item.kind === 'reason-for-ending';
  return (
    <li
      className={styles.item}
      onKeyDown={(event) => {
        const step = reorderStep(event);
        if (step) actions.move(step);
      }}
    >
      <div className={styles.itemMain}>
        <label htmlFor={`item-${item.id}`} id={labelId} className="visually-hidden">
          {t('templateEditor.item.label', { n: index + 1 })}
        </label>
        <input
          id={`item-${item.id}`}
          className={styles.itemInput}
          value={item.label}
          dir="auto"
          onChange={(e) => actions.rename(e.target.value)}
          aria-describedby="template-reorder-help"
        />
        <span className={styles.kind}>
          {item.kind === 'talking-point'
            ? t('templateEditor.item.point')
            : ITEM_KIND_LABELS[item.kind]}
        </span>
      </div>
      <div className={styles.itemControls}>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={item.required}
            onChange={(e) => actions.setRequired(e.target.checked)}
          />
          {t('templateEditor.item.required')}
        </label>
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={item.inHandoutDefault}
            disabled={!canIncludeInHandout(section, item)}
            onChange={(e) => actions.setInHandout(e.target.checked)}
          />
          {t('templateEditor.item.inHandout')}
        </label>
        <Button
          variant="quiet"
          isDisabled={index === 0}
          onPress={() => actions.move(-1)}
          aria-label={t('templateEditor.moveUp', { name: item.label })}
        >
          <Arrow up />
        </Button>
        <Button
          variant="quiet"
          isDisabled={index === count - 1}
          onPress={() => actions.move(1)}
          aria-label={t('templateEditor.moveDown', { name: item.label })}
        >
          <Arrow />
        </Button>
        <Button
          variant="quiet"
          isDisabled={structural}
          onPress={actions.remove}
          aria-label={t('templateEditor.removeName', { name: item.label })}
        >
          {t('templateEditor.remove')}
        </Button>
      </div>
    </li>
  );
}

/** An up or down arrow icon. */
export function Arrow({ up = false }: { up?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={styles.arrow}>
      <path
        d={up ? 'M12 19V5M6 11l6-6 6 6' : 'M12 5v14M6 13l6 6 6-6'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
