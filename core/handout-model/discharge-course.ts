/**
 * The course-of-care parts of the discharge summary, read from the session record (with any
 * values given at export filling only what the record leaves blank, for older records).
 */
import { describeReason } from '../checklist/reason-for-ending';
import type { CourseOfCare } from '../checklist/course-of-care';
import type { DocumentBlock, KeyValueRow } from '../document/blocks';
import { typedParagraph } from './item-blocks';
import type { DocumentSource } from './source';

/** What a blank diagnosis reads as. */
export const NONE_GIVEN = 'None given';

const NOT_RECORDED = 'Not recorded';

/** The course of care a discharge summary uses: the record's, over anything given at export. */
export function courseOf(source: DocumentSource): CourseOfCare {
  const stored = Object.entries(source.content.courseOfCare ?? {}).filter(
    ([, v]) => v !== undefined && !(typeof v === 'string' && v.trim() === ''),
  );
  return { ...(source.course ?? {}), ...Object.fromEntries(stored) };
}

function text(v: string | undefined, none = NOT_RECORDED): string {
  return v?.trim() ? v.trim() : none;
}

/** "Course of care": diagnosis, dates of service, discharge date, sessions, reason for ending. */
export function courseBlocks(source: DocumentSource, fmt: (d: string) => string): DocumentBlock[] {
  const c = courseOf(source);
  const n = (v: number | undefined) => (v === undefined ? NOT_RECORDED : String(v));
  const reason = source.content.reasonForEnding;
  const dates =
    c.firstSession || c.lastSession
      ? `${c.firstSession ? fmt(c.firstSession) : NOT_RECORDED} to ${c.lastSession ? fmt(c.lastSession) : NOT_RECORDED}`
      : NOT_RECORDED;
  return [
    { type: 'heading', level: 2, text: 'Course of care' },
    {
      type: 'keyValue',
      rows: [
        { key: 'Diagnosis', value: text(c.diagnosis, NONE_GIVEN) },
        { key: 'Dates of service', value: dates },
        { key: 'Discharge date', value: c.dischargeDate ? fmt(c.dischargeDate) : NOT_RECORDED },
        { key: 'Sessions attended', value: n(c.attended) },
        { key: 'Sessions missed', value: n(c.missed) },
        { key: 'Reason for ending', value: reason ? describeReason(reason) : NOT_RECORDED },
      ],
      direction: 'auto',
    },
  ];
}

/** The status rows that open "Status and risk at discharge": functioning and (when given) medications. */
export function statusRows(source: DocumentSource): KeyValueRow[] {
  const c = courseOf(source);
  const rows: KeyValueRow[] = [{ key: 'Functioning at discharge', value: text(c.functioning) }];
  if (c.medications?.trim()) rows.push({ key: 'Medications', value: c.medications.trim() });
  return rows;
}

/** "Prognosis", right after the risk. */
export function prognosisBlocks(source: DocumentSource): DocumentBlock[] {
  const body = typedParagraph(courseOf(source).prognosis ?? '');
  return [
    { type: 'heading', level: 2, text: 'Prognosis' },
    ...(body.length > 0
      ? body
      : [{ type: 'paragraph' as const, text: NOT_RECORDED, tone: 'quiet' as const }]),
  ];
}
