import { useState } from 'react';
import {
  Autocomplete,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  SearchField,
  Text,
} from 'react-aria-components';
import type { ReferralSnapshot } from '../../../../../core/checklist';
import { referralFromContact, type ReferralContact } from '../../../../../core/referrals';
import { t } from '../../../i18n/t';
import { newEntryId } from './item-props';
import { useReferralDirectory } from './use-referral-directory';
import styles from './referral-picker.module.css';

/** Props of the directory picker. */
export interface ReferralPickerProps {
  /** Directory ids already in the session (listed, but not offered again). */
  taken: ReadonlySet<string>;
  /** Adds the picked contact's snapshot to the session. */
  onPick: (referral: ReferralSnapshot) => void;
}

/**
 * A searchable list of the referral directory: typing narrows it (accent- and case-free, through
 * `referrals.list`) while focus stays in the search field; ↓/↑ move through the matches and Enter
 * adds a snapshot of the highlighted contact to the session (react-aria Autocomplete, so the
 * list is announced with aria-activedescendant and nothing else on the page is hidden).
 */
export function ReferralPicker({ taken, onPick }: ReferralPickerProps) {
  const [query, setQuery] = useState('');
  const [added, setAdded] = useState('');
  const search = useReferralDirectory(query);
  if (search.status === 'ready' && query === '' && search.contacts.length === 0) {
    return <p className={styles.description}>{t('runner.referrals.picker.emptyDirectory')}</p>;
  }
  function pick(key: string | number) {
    const contact = search.contacts.find((c) => c.id === key);
    if (!contact || taken.has(contact.id)) return;
    onPick(referralFromContact(contact, newEntryId()));
    setAdded(t('runner.referrals.picker.added', { name: contact.name }));
    setQuery('');
  }
  return (
    <div className={styles.picker}>
      <Autocomplete inputValue={query} onInputChange={setQuery}>
        <SearchField className={styles.search}>
          <Label className={styles.label}>{t('runner.referrals.picker.label')}</Label>
          <Input
            className={styles.input}
            dir="auto"
            placeholder={t('runner.referrals.picker.placeholder')}
          />
          <Text slot="description" className={styles.description}>
            {t('runner.referrals.picker.help')}
          </Text>
        </SearchField>
        {search.status === 'error' && (
          <p className={styles.error} role="alert">
            {t('runner.referrals.picker.error')}
          </p>
        )}
        <ListBox
          className={styles.list}
          aria-label={t('runner.referrals.picker.listLabel')}
          items={search.contacts}
          disabledKeys={[...taken]}
          onAction={pick}
          renderEmptyState={() => (
            <p className={styles.emptyState}>
              {search.status === 'loading'
                ? t('common.loading')
                : t('runner.referrals.picker.noMatch', { query })}
            </p>
          )}
        >
          {(c: ReferralContact) => (
            <ListBoxItem id={c.id} textValue={c.name} className={styles.option}>
              <Text slot="label" className={styles.optionName} dir="auto">
                {c.name}
              </Text>
              <Text slot="description" className={styles.optionMeta} dir="auto">
                {taken.has(c.id)
                  ? t('runner.referrals.picker.alreadyAdded')
                  : [c.kind, c.phone].filter(Boolean).join(' · ')}
              </Text>
            </ListBoxItem>
          )}
        </ListBox>
      </Autocomplete>
      <p role="status" className="visually-hidden">
        {added}
      </p>
    </div>
  );
}
