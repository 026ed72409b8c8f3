import { useEffect, useId, useState } from 'react';
import type { ReferralSnapshot } from '../../../../../core/checklist';
import type { ReferralContact } from '../../../../../core/referrals';
import { Button } from '../../../components/button';
import { t } from '../../../i18n/t';
import { CoveredCheck } from './covered-check';
import { ItemFrame } from './item-frame';
import { newEntryId, type ItemProps } from './item-props';
import { SnapshotForm } from './snapshot-form';
import { TextInput } from './text-input';
import styles from './items.module.css';

/** Referrals: picked from the clinician's directory (kept as a snapshot) or typed by hand, each with a note for the client. */
export function ReferralsItem({ section, item, answer, readOnly, onChange }: ItemProps<'referral-picker'>) {
  const referrals = answer?.referrals ?? [];
  const save = (next: ReferralSnapshot[]) => onChange({ op: 'answer', itemId: item.id, answer: { referrals: next } });
  return (
    <ItemFrame section={section} item={item} answer={answer} readOnly={readOnly} onHandout={(inHandout) => onChange({ op: 'answer', itemId: item.id, answer: { inHandout } })}>
      <CoveredCheck label={t('runner.referrals.covered')} checked={answer?.covered === true} readOnly={readOnly} onChange={(covered) => onChange({ op: 'answer', itemId: item.id, answer: { covered } })} />
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
            <TextInput
              label={t('runner.referrals.noteFor', { name: r.name })}
              value={r.note}
              multiline
              rows={2}
              readOnly={readOnly}
              onCommit={(note) => onChange({ op: 'answer', itemId: item.id, answer: { referrals: referrals.map((x, i) => (i === index ? { ...x, note } : x)) } })}
            />
            {!readOnly && (
              <Button variant="quiet" className={styles.small} onPress={() => save(referrals.filter((x) => x.id !== r.id))} aria-label={t('runner.row.removeFor', { name: r.name })}>
                {t('runner.row.remove')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && <DirectoryPicker onPick={(r) => save([...referrals, r])} />}
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
          onAdd={(v) => save([...referrals, { id: newEntryId(), referralId: null, name: v.name!.trim(), kind: v.kind!, phone: v.phone!, web: v.web!, address: v.address!, note: v.note! }])}
        />
      )}
    </ItemFrame>
  );
}

/** Picks a contact from the referral directory, when it has any. */
function DirectoryPicker({ onPick }: { onPick: (r: ReferralSnapshot) => string | null }) {
  const id = useId();
  const [contacts, setContacts] = useState<ReferralContact[]>([]);
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    let live = true;
    void window.api.referrals
      .list({ query: '' })
      .then((r) => live && r.ok && setContacts(r.value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (contacts.length === 0) return null;
  const contact = contacts.find((c) => c.id === chosen);
  return (
    <div className={styles.inlineForm}>
      <div className={styles.field}>
        <label htmlFor={id} className={styles.label}>
          {t('runner.referrals.fromDirectory')}
        </label>
        <select id={id} className={styles.select} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('runner.referrals.choose')}</option>
          {contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.kind ? `${c.name} — ${c.kind}` : c.name}
            </option>
          ))}
        </select>
      </div>
      <Button
        isDisabled={!contact}
        onPress={() => {
          if (!contact) return;
          onPick({ id: newEntryId(), referralId: contact.id, name: contact.name, kind: contact.kind, phone: contact.phone, web: contact.web, address: contact.address, note: '' });
          setChosen('');
        }}
      >
        {t('runner.referrals.addChosen')}
      </Button>
    </div>
  );
}
