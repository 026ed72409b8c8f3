import { useEffect, useState } from 'react';
import {
  type DocumentOutputKind,
  type DocumentSummary,
  letterOutputFor,
} from '../../../../core/documents/document-record';
import { HANDOUT_SECTIONS, type HandoutSection } from '../../../../core/handout-model/choices';
import type { ReasonForEndingCode } from '../../../../core/checklist/reason-for-ending';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { CheckboxCards, RadioCards } from './choice-group';
import { CourseFields, courseOption, EMPTY_COURSE, type CourseDraft } from './course-fields';
import { CourseFromRecord, hasStoredCourse } from './course-from-record';
import { ExportResult } from './export-result';
import { HandoutLanguageNotice } from './handout-language-notice';
import { OnePageFitNotice, useOnePageFit } from './one-page-fit';
import styles from './documents.module.css';

/** Props of the export screen. */
export interface ExportScreenProps {
  sessionId: string;
  onBack: () => void;
  onEditLetter: () => void;
}

const KINDS: readonly DocumentOutputKind[] = [
  'handout',
  'handout-one-page',
  'discharge-summary',
  'closure-letter',
];

/** The documents this session can be made into: the four, plus the letter its reason for ending calls for. */
function exportKinds(reason: ReasonForEndingCode | null): DocumentOutputKind[] {
  const letter = letterOutputFor(reason);
  return letter ? [...KINDS, letter] : [...KINDS];
}
const PICKABLE = HANDOUT_SECTIONS.filter((s) => s !== 'crisis-lines');

/** Makes a PDF for a session: which document, the one-page parts, the page size; then stores it and shows it. */
export function ExportScreen({ sessionId, onBack, onEditLetter }: ExportScreenProps) {
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  const [settings] = useApiLoad(() => window.api.settings.get({}));
  const [session] = useApiLoad(() => window.api.sessions.get({ id: sessionId }));
  const content = session.status === 'ready' ? session.value.content : null;
  // An older record has no course of care: it is typed here, at export, as before.
  const storedCourse = content ? hasStoredCourse(content.courseOfCare) : false;
  const [kind, setKind] = useState<DocumentOutputKind>('handout');
  // Null until the clinician picks: the session's defaults (an existing safety plan, the crisis lines) then.
  const [picked, setPicked] = useState<HandoutSection[] | null>(null);
  const [pageSize, setPageSize] = useState<'A4' | 'Letter' | null>(null);
  const [course, setCourse] = useState<CourseDraft>(EMPTY_COURSE);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(
    null,
  );
  const [made, setMade] = useState<DocumentSummary | null>(null);
  // The form gives way to the result (and back): focus goes to the heading, never the page body.
  useEffect(() => headingRef.current?.focus(), [made, headingRef]);

  const size =
    pageSize ?? (settings.status === 'ready' ? settings.value.settings.handout.pageSize : 'A4');
  const fit = useOnePageFit(sessionId, picked, size, kind === 'handout-one-page');
  const sections =
    picked ?? (fit.status === 'ready' ? fit.fit.sections.filter((s) => s !== 'crisis-lines') : []);

  async function make() {
    setBusy(true);
    setError(null);
    const options = {
      pageSize: size,
      ...(kind === 'handout-one-page' ? { sections } : {}),
      ...(kind === 'discharge-summary' && !storedCourse ? { course: courseOption(course) } : {}),
    };
    const result = await window.api.documents.export({ sessionId, kind, options });
    setBusy(false);
    if (result.ok) setMade(result.value);
    else
      setError({
        message:
          result.error.code === 'invalid-input'
            ? t('documents.export.fixErrors')
            : result.error.message,
        fields: result.error.fields ?? {},
      });
  }

  return (
    <section aria-labelledby="export-title" className={styles.screen}>
      <div>
        <h1 id="export-title" ref={headingRef} tabIndex={-1} className={styles.title}>
          {made ? t('documents.result.title') : t('documents.export.title')}
        </h1>
        <p className={styles.intro}>{t('documents.export.intro')}</p>
      </div>
      {made ? (
        <ExportResult document={made} onAnother={() => setMade(null)} onDone={onBack} />
      ) : (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            if (kind === 'closure-letter') onEditLetter();
            else void make();
          }}
        >
          <RadioCards
            label={t('documents.export.which')}
            value={kind}
            onChange={setKind}
            choices={exportKinds(content?.reasonForEnding?.code ?? null).map((k) => ({
              value: k,
              name: t(`documents.kind.${k}`),
              help: t(`documents.kind.${k}.help`),
            }))}
          />
          {kind !== 'discharge-summary' && <HandoutLanguageNotice sessionId={sessionId} />}
          {kind === 'handout-one-page' && (
            <CheckboxCards
              label={t('documents.export.sections')}
              description={t('documents.export.sections.help')}
              value={sections}
              onChange={setPicked}
              choices={PICKABLE.map((s) => ({ value: s, name: t(`documents.section.${s}`) }))}
            />
          )}
          {kind === 'handout-one-page' && <OnePageFitNotice state={fit} />}
          {kind === 'discharge-summary' && content && storedCourse && <CourseFromRecord />}
          {kind === 'discharge-summary' && content && !storedCourse && (
            <CourseFields draft={course} onChange={setCourse} errors={error?.fields ?? {}} />
          )}
          {kind !== 'closure-letter' && (
            <RadioCards
              label={t('documents.export.pageSize')}
              value={size}
              onChange={setPageSize}
              choices={[
                { value: 'A4', name: 'A4', help: t('documents.export.pageSize.a4') },
                { value: 'Letter', name: 'Letter', help: t('documents.export.pageSize.letter') },
              ]}
            />
          )}
          {kind === 'closure-letter' && (
            <p className={styles.hint}>{t('documents.export.letterHint')}</p>
          )}
          {error && (
            <div role="alert" className={styles.errorBox}>
              <p>{error.message}</p>
            </div>
          )}
          <div className={styles.actions}>
            <Button
              type="submit"
              variant="primary"
              isDisabled={busy || (kind === 'handout-one-page' && fit.status === 'checking')}
            >
              {busy
                ? t('documents.export.busy')
                : kind === 'closure-letter'
                  ? t('documents.export.editLetter')
                  : t('documents.export.submit')}
            </Button>
            <Button variant="quiet" onPress={onBack}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
