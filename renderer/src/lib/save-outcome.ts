import type { AppErrorInfo } from '../../../core/result';
import type { Settings } from '../../../core/settings';

/** The outcome of saving a settings change: the new settings, or the error with per-field messages. */
export type SaveOutcome = { ok: true; settings: Settings } | { ok: false; error: AppErrorInfo };
