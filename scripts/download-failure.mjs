// Why the first-start download of the Electron runtime failed, told in one sentence with its fix.
// The classification reads the text of the error (its name, code and message, and those of its
// causes — fetch hides the network error in `cause`) or the output of Electron's own installer.

/** Network codes meaning the download server could not be reached at all. */
const OFFLINE =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|ENETDOWN|ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT)\b/;
/** A proxy asking for credentials or refusing, or TLS interception by an unknown certificate. */
const PROXY_TLS =
  /\b(CERT_[A-Z_]+|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_[A-Z_]+|ERR_SSL_[A-Z_]+|EPROTO|ERR_PROXY_[A-Z_]+|UND_ERR_PRX_TLS|proxy)\b/i;
const HTTP_STATUS = /Response code (\d{3})/;
const CHECKSUM = /did not match expected checksum|No checksum found|ChecksumMismatchError/;
const DISK_FULL = /\b(ENOSPC|EDQUOT)\b|no space left on device|quota exceeded/i;
const PERMISSION =
  /\b(EACCES|EPERM|EROFS)\b|permission denied|operation not permitted|read-only file system/i;
const STALLED = /\bELECTRON_DOWNLOAD_STALLED\b/;

/**
 * Flattens an error and its causes into one line of text: name, code and message of each.
 * @param {unknown} error
 * @returns {string}
 */
export function errorText(error) {
  const parts = [];
  const seen = new Set();
  for (
    let current = error;
    current !== undefined && current !== null && !seen.has(current) && parts.length < 6;
    current = current.cause
  ) {
    seen.add(current);
    if (typeof current !== 'object') {
      parts.push(String(current));
      break;
    }
    parts.push(
      [current.name, current.code, current.message]
        .filter((part) => typeof part === 'string' && part !== '')
        .join(' '),
    );
  }
  return parts.join(' <- ');
}

/**
 * The kind of failure, from an error's text or an installer's output.
 * @param {string} text
 * @returns {{ kind: 'stalled' | 'disk-full' | 'permission' | 'checksum' | 'not-found' | 'http' | 'proxy-tls' | 'offline' | 'unknown', status?: number, code?: string, host?: string }}
 */
export function classifyDownloadFailure(text) {
  if (STALLED.test(text)) return { kind: 'stalled' };
  const disk = text.match(DISK_FULL);
  if (disk) return { kind: 'disk-full', code: disk[1] ?? 'ENOSPC' };
  if (CHECKSUM.test(text)) return { kind: 'checksum' };
  const status = text.match(HTTP_STATUS);
  if (status) {
    const code = Number(status[1]);
    if (code === 404) return { kind: 'not-found', status: code };
    if (code === 407) return { kind: 'proxy-tls', status: code, code: 'HTTP 407' };
    return { kind: 'http', status: code };
  }
  const offline = text.match(OFFLINE);
  if (offline) {
    const host = text.match(/\b(?:ENOTFOUND|EAI_AGAIN)\s+([A-Za-z0-9.-]+\.[A-Za-z]{2,})/)?.[1];
    return host
      ? { kind: 'offline', code: offline[1], host }
      : { kind: 'offline', code: offline[1] };
  }
  const proxy = text.match(PROXY_TLS);
  if (proxy) return { kind: 'proxy-tls', code: proxy[1] };
  const permission = text.match(PERMISSION);
  if (permission) return { kind: 'permission', code: permission[1] ?? 'EACCES' };
  return { kind: 'unknown' };
}

/** The first line of the text, shortened, for the sentence about an unknown failure. */
function firstLine(text) {
  const line = (text.split('\n').find((l) => l.trim() !== '') ?? 'no message')
    .trim()
    .replace(/\.+$/, '')
    .replace(/\.(\s)/g, ';$1');
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}

/**
 * One sentence: what went wrong with the download and how to fix it.
 * @param {ReturnType<typeof classifyDownloadFailure>} failure
 * @param {{ version: string, text?: string, stallMinutes?: number, cacheDir?: string, electronDir?: string }} context
 * @returns {string}
 */
export function downloadFailureMessage(
  failure,
  {
    version,
    text = '',
    stallMinutes = 5,
    cacheDir = 'the Electron download cache',
    electronDir = 'node_modules/electron',
  },
) {
  const start = `Closing Session cannot start because the Electron ${version} runtime is not installed and its download failed`;
  const retry = 'then run `npm start` again (or `npx install-electron`)';
  switch (failure.kind) {
    case 'offline':
      return `${start}: ${failure.host ?? 'the download server'} could not be reached (${failure.code}), so this computer seems to be offline — connect to the internet and ${retry}, or set ELECTRON_OVERRIDE_DIST_PATH to a folder that holds the Electron ${version} binary.`;
    case 'proxy-tls':
      return `${start}: a proxy or a TLS certificate check stood in the way (${failure.code}) — set HTTPS_PROXY with ELECTRON_GET_USE_PROXY=1 for a proxy, or NODE_EXTRA_CA_CERTS to your organisation's certificate file, ${retry}.`;
    case 'not-found':
      return `${start}: the download address answered 404 Not Found, which usually means ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR or an .npmrc electron_mirror setting points to the wrong place — correct or remove it, ${retry}.`;
    case 'http':
      return `${start}: the download server answered HTTP ${failure.status} — wait a few minutes and ${retry}.`;
    case 'disk-full':
      return `${start}: the disk is full (${failure.code}) — free a few hundred megabytes on the disk that holds ${cacheDir} and ${electronDir}, ${retry}.`;
    case 'checksum':
      return `${start}: the downloaded file did not match Electron's published checksum, so it was damaged or altered on the way — delete ${cacheDir} and ${retry}.`;
    case 'permission':
      return `${start}: it could not be written (${failure.code}) — make ${electronDir} and ${cacheDir} writable by you (do not use sudo for npm), ${retry}.`;
    case 'stalled':
      return `${start}: no data arrived for ${stallMinutes} minutes, so the connection seems to have stalled — check the connection and ${retry}.`;
    default:
      return `${start} (${firstLine(text)}) — ${retry}, or set ELECTRON_OVERRIDE_DIST_PATH to a folder that holds the Electron ${version} binary.`;
  }
}
