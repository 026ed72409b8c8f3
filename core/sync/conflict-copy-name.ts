/**
 * Conflict copies made by sync engines. When two computers change one file while apart, the
 * engine keeps both: the file itself, and a copy under a name of its own. These names are
 * recognised here so the app can offer the copy as "the other computer's version" instead of
 * treating an unknown file as damage.
 */

/** Which engine made a conflict copy. */
export type SyncEngine = 'syncthing' | 'dropbox' | 'onedrive' | 'nextcloud' | 'icloud';

/** A file name recognised as an engine's conflict copy of `original`. */
export interface ConflictCopy {
  /** The name of the file it is a copy of (`<stem><ext>`). */
  original: string;
  engine: SyncEngine;
  /** The computer or device named in the copy's name, when the engine names one. */
  from?: string;
}

/** Splits `name` into a stem and its extension (with the dot), the extension being `ext`. */
function withoutExtension(name: string, ext: string): string | undefined {
  return ext === '' ? name : name.endsWith(ext) ? name.slice(0, -ext.length) : undefined;
}

interface Pattern {
  engine: SyncEngine;
  /** Matches the part after the stem (and before the extension); group 1 names the device, if any. */
  tail: RegExp;
}

/**
 * What each engine appends to the stem:
 * - Syncthing: `.sync-conflict-20261205-015610-Q6FALWC` (date, time, short device id).
 * - Dropbox: ` (Ana's conflicted copy 2026-12-05)`, optionally ` (1)` inside, or without an owner.
 * - Nextcloud / ownCloud: ` (conflicted copy 2026-12-05 015610)`, newer clients add a user name
 *   first; ownCloud's older `_conflict-20261205-015610`.
 * - OneDrive: `-<COMPUTERNAME>` (and `-<COMPUTERNAME>-2` for a second copy).
 * - iCloud Drive: ` 2`, ` 3`… (a number after a space).
 */
const PATTERNS: readonly Pattern[] = [
  { engine: 'syncthing', tail: /^\.sync-conflict-\d{8}-\d{6}-([A-Z0-9]{7})$/ },
  {
    engine: 'dropbox',
    tail: /^ \((?:(.+?)['’]s )?conflicted copy(?: \d{4}-\d{2}-\d{2})?(?: \(\d+\))?\)$/,
  },
  {
    engine: 'nextcloud',
    tail: /^ \(conflicted copy(?: (.+?))? \d{4}-\d{2}-\d{2} \d{6}\)$/,
  },
  { engine: 'nextcloud', tail: /^_conflict-\d{8}-\d{6}$/ },
  { engine: 'onedrive', tail: /^-([^/\\]{1,63}?)(?:-\d+)?$/ },
  { engine: 'icloud', tail: /^ (\d{1,3})$/ },
];

/**
 * Recognises `name` as a sync engine's conflict copy of a file whose stem passes `isStem` and
 * whose extension is `ext` (e.g. record files: 32 hex digits and `.rec`). Returns undefined for
 * the original names themselves and for anything else. The stem test keeps loose patterns
 * (OneDrive's `-NAME`, iCloud's ` 2`) from claiming unrelated files.
 */
export function parseConflictCopy(
  name: string,
  ext: string,
  isStem: (stem: string) => boolean,
): ConflictCopy | undefined {
  const base = withoutExtension(name, ext);
  if (base === undefined) return undefined;
  for (let cut = base.length - 1; cut > 0; cut -= 1) {
    const stem = base.slice(0, cut);
    if (!isStem(stem)) continue;
    const tail = base.slice(cut);
    for (const { engine, tail: pattern } of PATTERNS) {
      const match = pattern.exec(tail);
      if (!match) continue;
      const from = engine === 'icloud' ? undefined : match[1];
      return { original: `${stem}${ext}`, engine, ...(from ? { from } : {}) };
    }
  }
  return undefined;
}

/** A record file's stem: a record id, 32 lower-case hex digits. */
export function isRecordStem(stem: string): boolean {
  return /^[0-9a-f]{32}$/.test(stem);
}
