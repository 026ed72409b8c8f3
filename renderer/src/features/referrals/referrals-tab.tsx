import { useEffect, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import type { ReferralImportOutcome } from '../../../../core/contract-parts/practice';
import type { ReferralContact, ReferralInput } from '../../../../core/referrals';
import type { AppErrorInfo } from '../../../../core/result';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import fieldStyles from '../../components/field.module.css';
import { ImportReport } from './import-report';
import { ReferralCard } from './referral-card';
import { ReferralForm } from './referral-form';
import styles from './referrals.module.css';

type Editing = { mode: 'none' } | { mode: 'add' } | { mode: 'edit'; contact: ReferralContact };
type Listing =
  | { status: 'loading' }
  | { status: 'ready'; contacts: ReferralContact[] }
  | { status: 'error'; message: string };

/** The referral directory: search, add, edit, remove, and CSV import and export. */
export function ReferralsTab() {
  const [query, setQuery] = useState('');
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  const [report, setReport] = useState<Extract<ReferralImportOutcome, { chosen: true }> | null>(
    null,
  );
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let current = true;
    void window.api.referrals.list({ query }).then((result) => {
      if (!current) return;
      setListing(
        result.ok
          ? { status: 'ready', contacts: result.value }
          : { status: 'error', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [query, generation]);

  const refresh = () => setGeneration((g) => g + 1);

  async function save(input: ReferralInput): Promise<AppErrorInfo | null> {
    const result =
      editing.mode === 'edit'
        ? await window.api.referrals.update({
            id: editing.contact.id,
            expectedRev: editing.contact.rev,
            contact: input,
          })
        : await window.api.referrals.create(input);
    if (!result.ok) return result.error;
    setMessage(
      t(editing.mode === 'edit' ? 'referrals.updated' : 'referrals.added', {
        name: result.value.name,
      }),
    );
    setEditing({ mode: 'none' });
    refresh();
    return null;
  }

  async function remove(contact: ReferralContact) {
    const result = await window.api.referrals.remove({ id: contact.id });
    if (result.ok) setMessage(t('referrals.removed', { name: contact.name }));
    else setProblem(result.error.message);
    refresh();
  }

  async function importCsv() {
    setProblem('');
    const result = await window.api.referrals.importCsv({});
    if (!result.ok) return setProblem(result.error.message);
    if (!result.value.chosen) return;
    setReport(result.value);
    refresh();
  }

  async function exportCsv() {
    setProblem('');
    const result = await window.api.referrals.exportCsv({});
    if (!result.ok) return setProblem(result.error.message);
    if (result.value.saved)
      setMessage(
        t('referrals.exported', { count: result.value.count, file: result.value.fileName }),
      );
  }

  return (
    <div className={styles.tab}>
      <p className={styles.intro}>{t('referrals.intro')}</p>
      <div className={styles.toolbar}>
        <Button variant="primary" onPress={() => setEditing({ mode: 'add' })}>
          {t('referrals.add')}
        </Button>
        <Button onPress={() => void importCsv()}>{t('referrals.importCsv')}</Button>
        <Button onPress={() => void exportCsv()}>{t('referrals.exportCsv')}</Button>
      </div>
      <p role="status" className={styles.message}>
        {message}
      </p>
      {problem && (
        <p role="alert" className={styles.formError}>
          {problem}
        </p>
      )}
      {report && <ImportReport report={report} onClose={() => setReport(null)} />}
      {editing.mode !== 'none' && (
        <ReferralForm
          key={editing.mode === 'edit' ? editing.contact.id : 'new'}
          contact={editing.mode === 'edit' ? editing.contact : undefined}
          onSubmit={save}
          onCancel={() => setEditing({ mode: 'none' })}
        />
      )}
      <SearchField
        value={query}
        onChange={setQuery}
        className={fieldStyles.field}
        aria-describedby="referral-search-help"
      >
        <Label className={fieldStyles.label}>{t('referrals.search')}</Label>
        <Input className={fieldStyles.input} />
      </SearchField>
      <span id="referral-search-help" className="visually-hidden">
        {t('referrals.search.help')}
      </span>
      {listing.status === 'loading' && <p>{t('common.loading')}</p>}
      {listing.status === 'error' && (
        <div role="alert" className={styles.formError}>
          {listing.message} <Button onPress={refresh}>{t('common.retry')}</Button>
        </div>
      )}
      {listing.status === 'ready' && listing.contacts.length === 0 && (
        <div className={styles.empty}>
          <h3 className={styles.formTitle}>
            {query ? t('referrals.noMatches') : t('referrals.empty.title')}
          </h3>
          {!query && <p className={styles.muted}>{t('referrals.empty.body')}</p>}
        </div>
      )}
      {listing.status === 'ready' && listing.contacts.length > 0 && (
        <ul
          className={styles.list}
          aria-label={t('referrals.listLabel', { count: listing.contacts.length })}
        >
          {listing.contacts.map((contact) => (
            <li key={contact.id}>
              <ReferralCard
                contact={contact}
                onEdit={() => setEditing({ mode: 'edit', contact })}
                onRemove={() => void remove(contact)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
