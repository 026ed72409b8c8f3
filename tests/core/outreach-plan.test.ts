// The outreach plan for unplanned endings: a setting with a migration-safe default, bad values
// refused, and wording that matches what the Unplanned ending template says by default.
import { describe, expect, it } from 'vitest';
import {
  applySettingsUpdate,
  DEFAULT_OUTREACH_PLAN,
  DEFAULT_OUTREACH_WORDING,
  outreachWording,
  SettingsSchema,
  SETTINGS_SCHEMA_VERSION,
  withOutreachPlan,
} from '../../core/settings';
import { builtIn } from './template-fixtures';

const defaults = () => SettingsSchema.parse({ schemaVersion: SETTINGS_SCHEMA_VERSION });

describe('outreach plan setting', () => {
  it('defaults to two or three attempts over two to four weeks, also for settings saved before it', () => {
    expect(defaults().outreachPlan).toEqual(DEFAULT_OUTREACH_PLAN);
    expect(outreachWording(defaults().outreachPlan)).toBe(DEFAULT_OUTREACH_WORDING);
    const guidance = builtIn('unplanned-ending').sections[0]!.guidance;
    expect(guidance).toContain(DEFAULT_OUTREACH_WORDING);
  });

  it('refuses bad values and keeps good ones', () => {
    const current = defaults();
    for (const bad of [
      { minAttempts: 0, maxAttempts: 3, minWeeks: 2, maxWeeks: 4 },
      { minAttempts: 4, maxAttempts: 3, minWeeks: 2, maxWeeks: 4 },
      { minAttempts: 2, maxAttempts: 3, minWeeks: 5, maxWeeks: 4 },
      { minAttempts: 2.5, maxAttempts: 3, minWeeks: 2, maxWeeks: 4 },
      { minAttempts: 2, maxAttempts: 3, minWeeks: 2, maxWeeks: 40 },
      { minAttempts: 2, maxAttempts: 3, minWeeks: 2 },
      { ...DEFAULT_OUTREACH_PLAN, extra: 1 },
      'three',
    ])
      expect(
        () => applySettingsUpdate(current, { outreachPlan: bad }),
        JSON.stringify(bad),
      ).toThrow();
    const next = applySettingsUpdate(current, {
      outreachPlan: { minAttempts: 3, maxAttempts: 3, minWeeks: 1, maxWeeks: 6 },
    });
    expect(outreachWording(next.outreachPlan)).toBe('three attempts over one to six weeks');
  });

  it('says "or" only between neighbouring numbers of attempts, "to" otherwise', () => {
    const plan = { minAttempts: 2, maxAttempts: 4, minWeeks: 2, maxWeeks: 3 };
    expect(outreachWording(plan)).toBe('two to four attempts over two to three weeks');
    expect(outreachWording({ ...plan, minAttempts: 3 })).toBe(
      'three or four attempts over two to three weeks',
    );
  });

  it('puts the clinician’s plan into the template guidance in place of the default wording', () => {
    const guidance = builtIn('unplanned-ending').sections[0]!.guidance;
    const changed = withOutreachPlan(guidance, {
      minAttempts: 1,
      maxAttempts: 1,
      minWeeks: 1,
      maxWeeks: 1,
    });
    expect(changed).toContain('usually one attempt over one week');
    expect(changed).not.toContain(DEFAULT_OUTREACH_WORDING);
    expect(withOutreachPlan(guidance, DEFAULT_OUTREACH_PLAN)).toBe(guidance);
  });
});
