/**
 * One copy of each short string value: parsed JSON holds a new string for every occurrence, and a
 * large archive repeats the same ids, dates, kinds, statuses and template names hundreds of
 * thousands of times (each copy costs 30–60 bytes of heap).
 */

/** Longest string worth interning (ids, dates, codes, names); longer text is left as it is. */
const MAX_INTERNED = 64;

/** Replaces short strings inside a value with one shared copy each; returns the value (mutated in place). */
export type StringInterner = <T>(value: T) => T;

/**
 * A fresh interner: strings up to 64 characters inside objects and arrays are replaced, in place,
 * by the first equal string it met. Keep it only while loading (its table holds every string seen).
 */
export function createStringInterner(): StringInterner {
  const seen = new Map<string, string>();
  const one = (text: string): string => {
    if (text.length > MAX_INTERNED) return text;
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return one(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) value[i] = walk(value[i]);
      return value;
    }
    if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = walk(record[key]);
    }
    return value;
  };
  return <T>(value: T): T => walk(value) as T;
}
