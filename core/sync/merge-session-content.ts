/**
 * Merging two versions of one closing session, section by section: for each section the
 * clinician keeps this computer's answers, the other computer's, or both. The fields that
 * belong to the whole record (reason for ending, risk, outreach, custom measures) form one
 * more choice of their own.
 */
import type { SessionContent } from '../checklist/content-schema';
import { SessionContentSchema } from '../checklist/content-schema';
import { AppError } from '../result';
import type { Template } from '../template/template-schema';
import { summarizeIssues } from '../zod-issues';
import { bothAnswers, bothRows, sameJson } from './merge-answers';

/** Which version of a section to keep. */
export type SectionChoice = 'mine' | 'theirs' | 'both';

/** The pseudo-section holding the record-level fields. */
export const RECORD_FIELDS = '@record';

/** One section as the merge screen lists it. */
export interface SectionDifference {
  /** A template section id, or RECORD_FIELDS. */
  sectionId: string;
  /** The section's title (empty for RECORD_FIELDS: the screen names it). */
  title: string;
  /** Whether the two versions differ in this section. */
  differs: boolean;
}

const RECORD_KEYS = [
  'reasonForEnding',
  'riskConcern',
  'riskAtDischarge',
  'checkIn',
  'courseOfCare',
  'outreach',
  'customMeasures',
] as const;

function recordFieldsOf(content: SessionContent): Record<string, unknown> {
  return Object.fromEntries(RECORD_KEYS.map((key) => [key, content[key]]));
}

/** Lists every section (and the record fields) with whether the two versions differ there. */
export function sectionDifferences(
  template: Template,
  mine: SessionContent,
  theirs: SessionContent,
): SectionDifference[] {
  const sections = template.sections.map((section) => ({
    sectionId: section.id,
    title: section.title,
    differs: section.items.some(
      (item) => !sameJson(mine.answers[item.id], theirs.answers[item.id]),
    ),
  }));
  return [
    ...sections,
    {
      sectionId: RECORD_FIELDS,
      title: '',
      differs: !sameJson(recordFieldsOf(mine), recordFieldsOf(theirs)),
    },
  ];
}

/** The record-level fields kept from both versions. */
function bothRecordFields(mine: SessionContent, theirs: SessionContent): Partial<SessionContent> {
  const later =
    mine.riskAtDischarge && theirs.riskAtDischarge
      ? theirs.riskAtDischarge.date > mine.riskAtDischarge.date
        ? theirs.riskAtDischarge
        : mine.riskAtDischarge
      : (mine.riskAtDischarge ?? theirs.riskAtDischarge);
  return {
    reasonForEnding: mine.reasonForEnding ?? theirs.reasonForEnding,
    riskConcern: mine.riskConcern || theirs.riskConcern,
    ...(later ? { riskAtDischarge: later } : {}),
    ...((mine.checkIn ?? theirs.checkIn) ? { checkIn: mine.checkIn ?? theirs.checkIn } : {}),
    ...((mine.courseOfCare ?? theirs.courseOfCare)
      ? { courseOfCare: mine.courseOfCare ?? theirs.courseOfCare }
      : {}),
    outreach: bothRows(mine.outreach, theirs.outreach) ?? [],
    customMeasures: bothRows(mine.customMeasures, theirs.customMeasures) ?? [],
  };
}

/**
 * Builds the merged content: each section (and RECORD_FIELDS) from the chosen version; a
 * section without a choice keeps this computer's version. The result is validated like any
 * save; a merge that would break the record's limits is refused with the reason.
 */
export function mergeSessionContent(
  template: Template,
  mine: SessionContent,
  theirs: SessionContent,
  choices: Readonly<Record<string, SectionChoice>>,
): SessionContent {
  const answers: SessionContent['answers'] = { ...mine.answers };
  for (const section of template.sections) {
    const choice = choices[section.id] ?? 'mine';
    for (const { id } of section.items) {
      const picked =
        choice === 'mine'
          ? mine.answers[id]
          : choice === 'theirs'
            ? theirs.answers[id]
            : bothAnswers(mine.answers[id], theirs.answers[id]);
      if (picked === undefined) delete answers[id];
      else answers[id] = picked;
    }
  }
  const recordChoice = choices[RECORD_FIELDS] ?? 'mine';
  const {
    riskAtDischarge: _dropped,
    checkIn: _droppedCheckIn,
    courseOfCare: _droppedCourse,
    ...base
  } = mine;
  const recordFields: Record<string, unknown> =
    recordChoice === 'mine'
      ? recordFieldsOf(mine)
      : recordChoice === 'theirs'
        ? recordFieldsOf(theirs)
        : bothRecordFields(mine, theirs);
  if (recordFields.riskAtDischarge === undefined) delete recordFields.riskAtDischarge;
  if (recordFields.checkIn === undefined) delete recordFields.checkIn;
  if (recordFields.courseOfCare === undefined) delete recordFields.courseOfCare;
  const merged = { ...base, ...recordFields, answers };
  const parsed = SessionContentSchema.safeParse(merged);
  if (!parsed.success) {
    const { message } = summarizeIssues(parsed.error, 'the merged session is not valid.');
    throw new AppError('invalid-input', `These choices cannot be kept together: ${message}`);
  }
  return parsed.data;
}
