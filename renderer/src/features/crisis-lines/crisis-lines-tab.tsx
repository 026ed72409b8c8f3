import { useEffect, useId, useState } from 'react';
import type { CrisisRegions } from '../../../../core/contract-parts/practice';
import type { ClinicianCrisisLineInput, CrisisLineView } from '../../../../core/crisis-lines';
import type { AppErrorInfo } from '../../../../core/result';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import fieldStyles from '../../components/field.module.css';
import { SaveFeedback, type SaveState } from '../../components/save-feedback';
import type { SaveOutcome } from '../../lib/save-outcome';
import { CrisisLineCard } from './crisis-line-card';
import { CrisisLineForm, type LineDraft } from './crisis-line-form';
import styles from './crisis-lines.module.css';

type Lines =
  | { status: 'loading' }
  | { status: 'ready'; lines: CrisisLineView[] }
  | { status: 'error'; message: string };

/** The practice's crisis-line region and its lines, with the clinician's own additions and corrections. */
export function CrisisLinesTab({
  region: initialRegion,
  save,
}: {
  region: string;
  save: (patch: { crisisRegion: string }) => Promise<SaveOutcome>;
}) {
  const selectId = useId();
  const [region, setRegion] = useState(initialRegion);
  const [regions, setRegions] = useState<CrisisRegions | null>(null);
  const [lines, setLines] = useState<Lines>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [draft, setDraft] = useState<LineDraft | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [problem, setProblem] = useState('');

  useEffect(() => {
    void window.api.crisisLines.regions({}).then((result) => {
      if (result.ok) setRegions(result.value);
    });
  }, [generation]);

  useEffect(() => {
    if (!region) return;
    let current = true;
    void window.api.crisisLines.list({ region }).then((result) => {
      if (current)
        setLines(
          result.ok
            ? { status: 'ready', lines: result.value }
            : { status: 'error', message: result.error.message },
        );
    });
    return () => {
      current = false;
    };
  }, [region, generation]);

  async function chooseRegion(next: string) {
    setRegion(next);
    setDraft(null);
    setSaveState({ status: 'saving' });
    const outcome = await save({ crisisRegion: next });
    setSaveState(
      outcome.ok ? { status: 'saved' } : { status: 'error', message: outcome.error.message },
    );
  }

  async function submit(line: ClinicianCrisisLineInput): Promise<AppErrorInfo | null> {
    const result = await window.api.crisisLines.upsert(line);
    if (!result.ok) return result.error;
    setDraft(null);
    setGeneration((g) => g + 1);
    return null;
  }

  async function remove(line: CrisisLineView) {
    const result = await window.api.crisisLines.remove({ id: line.id });
    if (!result.ok) setProblem(result.error.message);
    setGeneration((g) => g + 1);
  }

  const counts = new Map(regions?.withLines.map((r) => [r.code, r.lineCount]) ?? []);
  const options = regions
    ? [...regions.withLines, ...regions.all.filter((r) => !counts.has(r.code))]
    : [];
  const stale = lines.status === 'ready' ? lines.lines.filter((l) => l.needsCheck).length : 0;

  return (
    <div className={styles.tab}>
      <p className={styles.intro}>{t('crisisLines.intro')}</p>
      <div className={fieldStyles.field}>
        <label htmlFor={selectId} className={fieldStyles.label}>
          {t('crisisLines.region')}
        </label>
        <select
          id={selectId}
          className={fieldStyles.select}
          value={region}
          onChange={(e) => void chooseRegion(e.target.value)}
          aria-describedby={`${selectId}-help`}
        >
          {!region && <option value="">{t('crisisLines.region.none')}</option>}
          {!regions && region && <option value={region}>{region}</option>}
          {options.map((r) => (
            <option key={r.code} value={r.code}>
              {counts.has(r.code)
                ? t('crisisLines.region.withCount', {
                    name: r.name,
                    count: counts.get(r.code) ?? 0,
                  })
                : r.name}
            </option>
          ))}
        </select>
        <span id={`${selectId}-help`} className={fieldStyles.description}>
          {t('crisisLines.region.help')}
        </span>
      </div>
      <SaveFeedback state={saveState} />
      {problem && (
        <p role="alert" className={styles.formError}>
          {problem}
        </p>
      )}
      <div className={styles.toolbar}>
        <Button variant="primary" onPress={() => setDraft({ kind: 'new' })} isDisabled={!region}>
          {t('crisisLines.add')}
        </Button>
        {stale > 0 && (
          <p className={styles.muted}>{t('crisisLines.staleCount', { count: stale })}</p>
        )}
      </div>
      {draft && (
        <CrisisLineForm
          key={draft.kind === 'new' ? 'new' : `${draft.kind}-${draft.line.id}`}
          draft={draft}
          region={region}
          onSubmit={submit}
          onCancel={() => setDraft(null)}
        />
      )}
      {!region && <p className={styles.empty}>{t('crisisLines.chooseRegion')}</p>}
      {region && lines.status === 'loading' && <p>{t('common.loading')}</p>}
      {region && lines.status === 'error' && (
        <p role="alert" className={styles.formError}>
          {lines.message}
        </p>
      )}
      {region && lines.status === 'ready' && lines.lines.length === 0 && (
        <p className={styles.empty}>{t('crisisLines.noneForRegion')}</p>
      )}
      {region && lines.status === 'ready' && lines.lines.length > 0 && (
        <ul className={styles.list} aria-label={t('crisisLines.listLabel')}>
          {lines.lines.map((line) => (
            <li key={line.id}>
              <CrisisLineCard
                line={line}
                onCorrect={() => setDraft({ kind: 'correct', line })}
                onEdit={() => setDraft({ kind: 'edit', line })}
                onRemove={() => void remove(line)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
