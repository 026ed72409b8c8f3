import { useState } from 'react';
import type { SectionChoice } from '../../../../core/sync/merge-session-content';
import type { SessionConflict } from '../../../../core/sync/sync-schemas';
import { t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { KeepChoice, MergeActions } from './keep-choice';
import { MergeSection } from './merge-section';
import styles from './sync.module.css';

/** Props of the merge screen. */
export interface MergeScreenProps {
  /** Back to the client list, with a notice of what was kept. */
  onDone: (notice: string) => void;
}

/**
 * Versions from two computers, merged section by section: the first record waiting is shown
 * with each section that differs (this computer's, the other's, or both); a finalized session
 * asks for the reason of the amendment the merge makes.
 */
export function MergeScreen({ onDone }: MergeScreenProps) {
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  const [list, reloadList] = useApiLoad(() => window.api.sync.conflicts({}));
  const first = list.status === 'ready' ? list.value[0] : undefined;
  return (
    <section aria-labelledby="merge-title" className={styles.screen}>
      <h1 id="merge-title" ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('sync.merge.title')}
      </h1>
      <p className={styles.muted}>{t('sync.merge.intro')}</p>
      {list.status === 'loading' && <p className={styles.muted}>{t('common.loading')}</p>}
      {list.status === 'error' && (
        <p role="alert" className={styles.error}>
          {list.error.message}
        </p>
      )}
      {list.status === 'ready' && !first && <p role="status">{t('sync.merge.none')}</p>}
      {first?.kind === 'session' && (
        <SessionMerge
          key={first.id}
          id={first.id}
          onResolved={() => onDone(t('sync.merge.kept'))}
        />
      )}
      {first && first.kind !== 'session' && (
        <ClientMerge id={first.id} onResolved={() => reloadList()} />
      )}
    </section>
  );
}

/** One session's sections side by side, with a choice each. */
function SessionMerge({ id, onResolved }: { id: string; onResolved: () => void }) {
  const [state] = useApiLoad(() => window.api.sync.conflict({ id }));
  const [choices, setChoices] = useState<Record<string, SectionChoice>>({});
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (state.status === 'loading') return <p className={styles.muted}>{t('common.loading')}</p>;
  if (state.status === 'error')
    return (
      <p role="alert" className={styles.error}>
        {state.error.message}
      </p>
    );
  const conflict: SessionConflict = state.value;
  const differing = conflict.sections.filter((s) => s.differs);
  const same = conflict.sections.filter((s) => !s.differs && s.sectionId !== '@record');

  async function keep() {
    if (busy) return;
    setBusy(true);
    setError('');
    const result = await window.api.sync.resolve({
      kind: 'session',
      id,
      choices,
      ...(conflict.needsReason ? { reason } : {}),
    });
    setBusy(false);
    if (result.ok) onResolved();
    else setError(result.error.fields?.reason ?? result.error.message);
  }

  return (
    <div className={styles.merge}>
      <p>
        {t('sync.merge.session', {
          template: conflict.mine.template.name,
          mine:
            conflict.mine.status === 'finalized'
              ? t('sync.merge.finalized')
              : t('sync.merge.draft'),
          theirs:
            conflict.theirs.status === 'finalized'
              ? t('sync.merge.finalized')
              : t('sync.merge.draft'),
        })}
      </p>
      {differing.map((section) => (
        <MergeSection
          key={section.sectionId}
          section={section}
          conflict={conflict}
          choice={choices[section.sectionId] ?? 'mine'}
          onChoose={(choice) => setChoices((c) => ({ ...c, [section.sectionId]: choice }))}
        />
      ))}
      {same.length > 0 && (
        <p className={styles.muted}>
          {t('sync.merge.same', { sections: same.map((s) => s.title).join(', ') })}
        </p>
      )}
      {conflict.needsReason && (
        <div className={styles.reason}>
          <label htmlFor="merge-reason" className={styles.label}>
            {t('sync.merge.reason')}
          </label>
          <p id="merge-reason-help" className={styles.muted}>
            {t('sync.merge.reasonHelp')}
          </p>
          <textarea
            id="merge-reason"
            className={styles.textarea}
            aria-describedby="merge-reason-help"
            aria-invalid={error !== '' || undefined}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
          />
        </div>
      )}
      <MergeActions error={error} busy={busy} onKeep={() => void keep()} />
    </div>
  );
}

/** A client changed on both computers: keep one version. */
function ClientMerge({ id, onResolved }: { id: string; onResolved: () => void }) {
  const [choice, setChoice] = useState<'mine' | 'theirs'>('mine');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  async function keep() {
    if (busy) return;
    setBusy(true);
    setError('');
    const result = await window.api.sync.resolve({
      kind: 'client',
      id,
      choices: { '@record': choice },
    });
    setBusy(false);
    if (result.ok) onResolved();
    else setError(result.error.message);
  }
  return (
    <div className={styles.merge}>
      <KeepChoice
        label={t('sync.merge.clientChoice')}
        options={['mine', 'theirs'] as const}
        value={choice}
        onChange={setChoice}
      />
      <MergeActions error={error} busy={busy} onKeep={() => void keep()} />
    </div>
  );
}
