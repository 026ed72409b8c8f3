// The course of care is part of the session record: validated, applied through the same update
// path as any change, covered by the finalized content hash, merged like the other record fields,
// and read by the discharge summary (with "None given" for a blank diagnosis).
import { describe, expect, it } from 'vitest';
import {
  canonicalize,
  checkSessionContent,
  newSessionContent,
  verifyRecord,
} from '../../../core/checklist';
import { CourseOfCareSchema } from '../../../core/checklist/course-of-care';
import { describeChanges } from '../../../core/checklist/describe-changes';
import { buildDischargeSummary } from '../../../core/handout-model';
import { builtIn } from '../template-fixtures';
import { sha256 } from '../checklist-fixtures';
import { sampleRecord, sampleSource } from '../handout-model/source-fixture';
import { textOf } from '../handout-model/text-of';

const COURSE = {
  diagnosis: 'F32.1 Moderate depressive episode',
  firstSession: '2024-09-02',
  lastSession: '2025-03-14',
  dischargeDate: '2025-03-14',
  attended: 14,
  missed: 2,
  functioning: 'Back at work full time; sleeping well.',
  medications: 'Sertraline 50 mg (GP)',
  prognosis: 'Good, with the relapse plan in place.',
};

const courseChange = (course: object | null) => ({ op: 'course-of-care', course });

describe('course of care in the session record', () => {
  it('an older record without it still opens, validates and canonicalizes as before', () => {
    const template = builtIn('planned-ending');
    const old = JSON.parse(JSON.stringify(newSessionContent(template))) as Record<string, unknown>;
    const parsed = checkSessionContent(old);
    expect(parsed.courseOfCare).toBeUndefined();
    expect(canonicalize(parsed)).not.toContain('courseOfCare');
    expect(verifyRecord(sampleRecord(), sha256)).toBe('verified');
  });

  it('refuses a last session before the first, negative counts and unknown fields', () => {
    expect(CourseOfCareSchema.safeParse(COURSE).success).toBe(true);
    expect(
      CourseOfCareSchema.safeParse({ firstSession: '2025-03-01', lastSession: '2025-01-01' })
        .success,
    ).toBe(false);
    expect(CourseOfCareSchema.safeParse({ attended: -1 }).success).toBe(false);
    expect(CourseOfCareSchema.safeParse({ attended: 1.5 }).success).toBe(false);
    expect(CourseOfCareSchema.safeParse({ surname: 'x' }).success).toBe(false);
  });

  it('is stored by the update path; all blank or null clears it', () => {
    const stored = sampleRecord([courseChange(COURSE)]);
    expect(stored.content.courseOfCare).toEqual(COURSE);
    const blank = sampleRecord([courseChange(COURSE), courseChange({ diagnosis: '  ' })]);
    expect(blank.content.courseOfCare).toBeUndefined();
    expect(sampleRecord([courseChange(COURSE), courseChange(null)]).content.courseOfCare).toBe(
      undefined,
    );
  });

  it('is covered by the finalized hash: changing any one field changes the hash', () => {
    const base = sampleRecord([courseChange(COURSE)]);
    const hash = sha256(canonicalize(base.content));
    expect(base.finalization.contentHash).toBe(hash);
    for (const [key, value] of Object.entries({
      diagnosis: 'None',
      attended: 13,
      missed: 3,
      dischargeDate: '2025-03-15',
      functioning: 'Part time',
      medications: '',
      prognosis: 'Guarded',
    })) {
      const changed = { ...base.content, courseOfCare: { ...COURSE, [key]: value } };
      expect(sha256(canonicalize(changed)), key).not.toBe(hash);
      expect(verifyRecord({ ...base, content: changed }, sha256), key).not.toBe('verified');
    }
    expect(
      describeChanges(base.template, sampleRecord().content, base.content).join('\n'),
    ).toContain('course of care');
  });
});

describe('discharge summary from the record', () => {
  const order = [
    'Discharge summary',
    'Course of care',
    'Diagnosis',
    'Dates of service',
    'Discharge date',
    'Sessions attended',
    'Sessions missed',
    'Status and risk at discharge',
    'Functioning at discharge',
    'Risk at discharge',
    'Prognosis',
    'Recommendations and aftercare',
    'Referrals',
    'Signature',
  ];

  it('prints every field in order, read from the record', () => {
    const text = textOf(buildDischargeSummary(sampleSource({}, [courseChange(COURSE)])));
    let at = -1;
    for (const label of order) {
      const next = text.indexOf(label, at + 1);
      expect(next, label).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('Diagnosis\nF32.1 Moderate depressive episode');
    expect(text).toContain('Dates of service\n2 September 2024 to 14 March 2025');
    expect(text).toContain('Sessions attended\n14');
    expect(text).toContain('Medications\nSertraline 50 mg (GP)');
    expect(text).toContain('Good, with the relapse plan in place.');
  });

  it('says "None given" for a blank diagnosis and leaves out blank medications', () => {
    const text = textOf(buildDischargeSummary(sampleSource()));
    expect(text).toContain('Diagnosis\nNone given');
    expect(text).toContain('Functioning at discharge\nNot recorded');
    expect(text).not.toContain('Medications');
  });

  it('the record wins over values typed at export, which fill only blanks', () => {
    const text = textOf(
      buildDischargeSummary(
        sampleSource({ course: { attended: 99, services: 'CBT, 14 sessions' } }, [
          courseChange(COURSE),
        ]),
      ),
    );
    expect(text).toContain('Sessions attended\n14');
    expect(text).toContain('CBT, 14 sessions');
  });
});
