import type { ReferralSnapshot } from '../../../../../core/checklist';
import { isReferralOutdated } from '../../../../../core/referrals';
import { Button } from '../../../components/button';
import { t } from '../../../i18n/t';
import { CoveredCheck } from './covered-check';
import { ItemFrame } from './item-frame';
import { newEntryId, type ItemProps } from './item-props';
import { ReferralPicker } from './referral-picker';
import { SnapshotForm } from './snapshot-form';
import { TextInput } from './text-input';
import { useReferralDirectory } from './use-referral-directory';
import styles from './items.module.css';

/**
 * Referrals: found in the clinician's directory with a search-as-you-type picker (each kept as a
 * snapshot, with a hint when the directory entry has changed since) or typed by hand, each with a
 * note for the client.
 */
export function ReferralsItem({
  section,
  item,
  answer,
  readOnly,
  onChange,
}: ItemProps<'referral-picker'>) {
  const referrals = answer?.referrals ?? [];
  const save = (next: ReferralSnapshot[]) =>
    onChange({ op: 'answer', itemId: item.id, answer: { referrals: next } });
  const directory = useReferralDirectory('');
  const entryOf = (r: ReferralSnapshot) =>
    r.referralId ? directory.contacts.find((c) => c.id === r.referralId) : undefined;
  return (
    <ItemFrame
      section={section}
      item={item}
      answer={answer}
      readOnly={readOnly}
      onHandout={(inHandout) => onChange({ op: 'answer', itemId: item.id, answer: { inHandout } })}
    >
      <CoveredCheck
        label={t('runner.referrals.covered')}
        checked={answer?.covered === true}
        readOnly={readOnly}
        onChange={(covered) => onChange({ op: 'answer', itemId: item.id, answer: { covered } })}
      />
      {referrals.length === 0 && <p className={styles.empty}>{t('runner.referrals.none')}</p>}
      <ul className={styles.cards}>
        {referrals.map((r, index) => (
          <li key={r.id} className={styles.card}>
            <p className={styles.cardTitle} dir="auto">
              {r.name}
              {r.kind && <span className={styles.muted}> · {r.kind}</span>}
            </p>
            <p className={styles.cardMeta} dir="auto">
              {[r.phone, r.web, r.address].filter(Boolean).join(' · ')}
            </p>
            {!readOnly && isReferralOutdated(r, entryOf(r)) && (
              <div className={styles.inlineForm}>
                <p className={styles.cardMeta}>{t('runner.referrals.outdated')}</p>
                <Button
                  variant="quiet"
                  className={styles.small}
                  aria-label={t('runner.referrals.refreshFor', { name: r.name })}
                  onPress={() => {
                    const c = entryOf(r)!;
                    save(
                      referrals.map((x) =>
                        x.id === r.id
                          ? {
                              ...x,
                              name: c.name,
                              kind: c.kind,
                              phone: c.phone,
                              web: c.web,
                              address: c.address,
                            }
                          : x,
                      ),
                    );
                  }}
                >
                  {t('runner.referrals.refresh')}
                </Button>
              </div>
            )}
            <TextInput
              label={t('runner.referrals.noteFor', { name: r.name })}
              value={r.note}
              multiline
              rows={2}
              readOnly={readOnly}
              onCommit={(note) =>
                onChange({
                  op: 'answer',
                  itemId: item.id,
                  answer: {
                    referrals: referrals.map((x, i) => (i === index ? { ...x, note } : x)),
                  },
                })
              }
            />
            {!readOnly && (
              <Button
                variant="quiet"
                className={styles.small}
                onPress={() => save(referrals.filter((x) => x.id !== r.id))}
                aria-label={t('runner.row.removeFor', { name: r.name })}
              >
                {t('runner.row.remove')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <ReferralPicker
          taken={new Set(referrals.flatMap((r) => (r.referralId ? [r.referralId] : [])))}
          onPick={(r) => void save([...referrals, r])}
        />
      )}
      {!readOnly && (
        <SnapshotForm
          legend={t('runner.referrals.byHand')}
          submitLabel={t('runner.referrals.add')}
          fields={[
            { key: 'name', label: t('runner.referrals.name'), required: true },
            { key: 'kind', label: t('runner.referrals.kind') },
            { key: 'phone', label: t('runner.referrals.phone') },
            { key: 'web', label: t('runner.referrals.web') },
            { key: 'address', label: t('runner.referrals.address'), multiline: true },
            { key: 'note', label: t('runner.referrals.note'), multiline: true },
          ]}
          onAdd={(v) =>
            save([
              ...referrals,
              {
                id: newEntryId(),
                referralId: null,
                name: v.name!.trim(),
                kind: v.kind!,
                phone: v.phone!,
                web: v.web!,
                address: v.address!,
                note: v.note!,
              },
            ])
          }
        />
      )}
    </ItemFrame>
  );
}
