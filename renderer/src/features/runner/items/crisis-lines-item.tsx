import { useContext, useEffect, useState } from 'react';
import type { CrisisLineSnapshot } from '../../../../../core/checklist';
import type { CrisisLineView } from '../../../../../core/crisis-lines';
import { Button } from '../../../components/button';
import { t } from '../../../i18n/t';
import { ClientAgeGroupContext, ClientRegionContext } from '../client-region';
import { CrisisLineChoices } from './crisis-line-choices';
import { CoveredCheck } from './covered-check';
import { ItemFrame } from './item-frame';
import { newEntryId, type ItemProps } from './item-props';
import { SnapshotForm } from './snapshot-form';
import styles from './items.module.css';

/** Loads the crisis lines for the client's region, else the practice's (none when neither is set). */
function useRegionLines(): { region: string; lines: CrisisLineView[] } {
  const clientRegion = useContext(ClientRegionContext);
  const [state, setState] = useState<{ region: string; lines: CrisisLineView[] }>({
    region: '',
    lines: [],
  });
  useEffect(() => {
    let live = true;
    void (async () => {
      const settings = clientRegion ? undefined : await window.api.settings.get({});
      const region = clientRegion || (settings?.ok ? settings.value.settings.crisisRegion : '');
      if (!region) return;
      const lines = await window.api.crisisLines.list({ region });
      if (live && lines.ok) setState({ region, lines: lines.value });
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [clientRegion]);
  return state;
}

/**
 * Crisis lines for the client: picked from the region's list (tagged, with the lines suggested for
 * the client's age group) or added by hand. Exactly these, plus the region's emergency number, go
 * on the handout and into the client view.
 */
export function CrisisLinesItem({
  section,
  item,
  answer,
  readOnly,
  onChange,
}: ItemProps<'crisis-lines'>) {
  const lines = answer?.crisisLines ?? [];
  const save = (next: CrisisLineSnapshot[]) =>
    onChange({ op: 'answer', itemId: item.id, answer: { crisisLines: next } });
  const { region, lines: available } = useRegionLines();
  const ageGroup = useContext(ClientAgeGroupContext);
  return (
    <ItemFrame
      section={section}
      item={item}
      answer={answer}
      readOnly={readOnly}
      onHandout={(inHandout) => onChange({ op: 'answer', itemId: item.id, answer: { inHandout } })}
    >
      <CoveredCheck
        label={t('runner.crisis.covered')}
        checked={answer?.covered === true}
        readOnly={readOnly}
        onChange={(covered) => onChange({ op: 'answer', itemId: item.id, answer: { covered } })}
      />
      {lines.length === 0 && <p className={styles.empty}>{t('runner.crisis.none')}</p>}
      <ul className={styles.cards}>
        {lines.map((l) => (
          <li key={l.id} className={styles.card}>
            <p className={styles.cardTitle} dir="auto">
              {l.name}
              {l.contact && <span className={styles.muted}> · {l.contact}</span>}
            </p>
            <p className={styles.cardMeta} dir="auto">
              {[l.hours, l.instructions].filter(Boolean).join(' · ')}
            </p>
            {!readOnly && (
              <Button
                variant="quiet"
                className={styles.small}
                onPress={() => save(lines.filter((x) => x.id !== l.id))}
                aria-label={t('runner.row.removeFor', { name: l.name })}
              >
                {t('runner.row.remove')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <CrisisLineChoices
          region={region}
          ageGroup={ageGroup}
          available={available}
          chosen={lines}
          onChoose={save}
        />
      )}
      {!readOnly && (
        <SnapshotForm
          legend={t('runner.crisis.byHand')}
          submitLabel={t('runner.crisis.add')}
          fields={[
            { key: 'name', label: t('runner.crisis.name'), required: true },
            { key: 'contact', label: t('runner.crisis.contact'), required: true },
            { key: 'hours', label: t('runner.crisis.hours') },
            { key: 'instructions', label: t('runner.crisis.instructions'), multiline: true },
          ]}
          onAdd={(v) =>
            save([
              ...lines,
              {
                id: newEntryId(),
                name: v.name!.trim(),
                how: [],
                contact: v.contact!.trim(),
                instructions: v.instructions!,
                hours: v.hours!,
                region: '',
                emergency: false,
              },
            ])
          }
        />
      )}
    </ItemFrame>
  );
}
