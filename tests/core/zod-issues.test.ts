import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { summarizeIssues } from '../../core/zod-issues';

describe('summarizeIssues', () => {
  const schema = z.strictObject({
    name: z.string().min(1, 'Give a name.'),
    goals: z.array(z.object({ now: z.number().max(10, 'At most 10.') })),
  });

  it('gives the first message and the first message per dotted field path', () => {
    const parsed = schema.safeParse({ name: '', goals: [{ now: 11 }, { now: 12 }] });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(summarizeIssues(parsed.error, 'fallback')).toEqual({
      message: 'Give a name.',
      fields: { name: 'Give a name.', 'goals.0.now': 'At most 10.', 'goals.1.now': 'At most 10.' },
    });
  });

  it('names the whole value "_", reads at most `limit` issues and clips every text', () => {
    const parsed = z.string('Not text.').safeParse(4);
    if (parsed.success) throw new Error('expected a failure');
    expect(summarizeIssues(parsed.error, 'fallback', { clip: (t) => t.slice(0, 3) })).toEqual({
      message: 'Not',
      fields: { _: 'Not' },
    });
    const many = schema.safeParse({ name: '', goals: [{ now: 11 }, { now: 12 }] });
    if (many.success) throw new Error('expected a failure');
    expect(Object.keys(summarizeIssues(many.error, 'x', { limit: 1 }).fields)).toEqual(['name']);
  });

  it('keeps a "__proto__" path as a plain field, without touching any prototype', () => {
    const error = new z.ZodError([{ code: 'custom', path: ['__proto__'], message: 'x', input: 1 }]);
    const { fields } = summarizeIssues(error, 'fallback');
    expect(Object.getOwnPropertyNames(fields)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
