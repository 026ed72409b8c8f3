/**
 * The one line printed when the main process cannot start: the error's kind (name, code,
 * syscall) and message, and those of its causes, so a failed first launch can be diagnosed —
 * with the user's home folder replaced by `~` wherever it appears (paths under it can name the
 * user, and a file name chosen by the clinician can name a client), and no stack trace.
 */

const MAX_MESSAGE = 300;
const MAX_CAUSES = 3;

/** Where the home folder may appear in a message: as a path with either slash, or inside a file URL. */
function homeForms(home: string): string[] {
  const trimmed = home.replace(/[\\/]+$/, '');
  if (trimmed === '') return [];
  const forward = trimmed.replace(/\\/g, '/');
  const backward = trimmed.replace(/\//g, '\\');
  const urlPath = encodeURI(forward.startsWith('/') ? forward : `/${forward}`);
  return [...new Set([trimmed, forward, backward, `file://${urlPath}`, urlPath])].sort(
    (a, b) => b.length - a.length,
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces the home folder (any spelling of it: slashes, a file:// URL, and case on Windows and
 * macOS) with `~`, only where it is a whole path prefix (not `/home/ann` inside `/home/anna`).
 */
export function redactHome(
  text: string,
  home: string,
  platform: NodeJS.Platform = process.platform,
): string {
  const forms = homeForms(home);
  if (forms.length === 0) return text;
  const flags = platform === 'win32' || platform === 'darwin' ? 'gi' : 'g';
  const pattern = new RegExp(
    `(?:${forms.map(escape).join('|')})(?=$|[\\\\/'"\`\\s:,;)\\]])`,
    flags,
  );
  return text.replace(pattern, '~');
}

function field(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined;
}

/** Name, code and syscall, then the message, of one error (or whatever was thrown). */
function describeOne(error: unknown): string {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) {
    return `non-error value: ${String(error)}`;
  }
  const record = error as Record<string, unknown>;
  const kind = [field(record.name) ?? 'Error', field(record.code), field(record.syscall)]
    .filter(Boolean)
    .join(' ');
  const message = field(record.message);
  return message ? `${kind}: ${message}` : kind;
}

/**
 * The start-up error as one line for the console, home folder redacted.
 * @param error whatever startApp rejected with
 * @param home the user's home folder (os.homedir())
 * @param platform decides whether the home folder is matched ignoring case
 */
export function describeStartupError(
  error: unknown,
  home: string,
  platform: NodeJS.Platform = process.platform,
): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (
    current !== undefined &&
    current !== null &&
    !seen.has(current) &&
    parts.length <= MAX_CAUSES
  ) {
    seen.add(current);
    parts.push(describeOne(current));
    current = typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  const oneLine =
    parts
      .map((part) => part.replace(/\s*\n\s*/g, ' '))
      .map((part) => (part.length > MAX_MESSAGE ? `${part.slice(0, MAX_MESSAGE - 1)}…` : part))
      .join(' (caused by ') + ')'.repeat(parts.length - 1);
  return `[main] Closing Session could not start: ${redactHome(oneLine, home, platform)}`;
}
