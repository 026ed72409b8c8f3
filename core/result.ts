/** The closed set of error codes that may cross the IPC boundary. */
export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'locked',
  'io',
  'internal',
] as const;

/** One of the closed set of error codes. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A plain, serialisable error: a code the UI can branch on and a message safe to show. */
export interface AppErrorInfo {
  code: ErrorCode;
  message: string;
  /** Optional per-field messages (for example from input validation), keyed by a dotted path. */
  fields?: Record<string, string>;
}

/** The outcome of every API call: a value, or a plain error. Never a thrown object. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed Result from a code and a message. */
export function err<T = never>(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
): Result<T> {
  return fields
    ? { ok: false, error: { code, message, fields } }
    : { ok: false, error: { code, message } };
}

/** An error that services throw to end a call with a specific code; dispatch turns it into a Result. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
}

/** Tells whether an unknown value has the shape of a Result. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) return 'value' in v;
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false;
  const e = v.error as Record<string, unknown>;
  return typeof e.message === 'string' && (ERROR_CODES as readonly unknown[]).includes(e.code);
}
