/**
 * Canonical JSON: one exact text for one value, whatever order its keys were built in. Used for
 * the content hash at finalize (the services hash the text with SHA-256 from Node's crypto; core
 * has no crypto) and for "did anything change?" comparisons.
 *
 * Rules: object keys sorted by UTF-16 code unit order (like JSON Canonicalization Scheme,
 * RFC 8785, for the plain values we store); keys whose value is `undefined` are dropped; array
 * order is kept; strings are kept exactly as typed (no Unicode normalisation, so what was
 * written is what was hashed); -0 is written as 0; non-finite numbers, functions and other
 * non-JSON values are refused.
 */

/** Returns the canonical JSON text of a plain JSON-like value. Throws on values JSON cannot hold. */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value))
        throw new TypeError('Canonical JSON cannot hold a non-finite number.');
      return JSON.stringify(Object.is(value, -0) ? 0 : value);
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null)
        throw new TypeError('Canonical JSON holds only plain objects.');
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`Canonical JSON cannot hold a ${typeof value}.`);
  }
}
