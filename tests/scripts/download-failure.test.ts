// The first-start download's failure, classified from the texts real failures produce (captured
// from @electron/get, fetch and Electron's installer) and told in one sentence with its fix.
import { describe, expect, it } from 'vitest';
import {
  classifyDownloadFailure,
  downloadFailureMessage,
  errorText,
} from '../../scripts/download-failure.mjs';

const URL_404 =
  'https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip';

/** Captured texts (errorText of the thrown error, or the installer's stderr) and what they mean. */
const CAPTURED: [string, string, Record<string, unknown>][] = [
  [
    'offline, no DNS',
    'TypeError fetch failed <- Error ENOTFOUND getaddrinfo ENOTFOUND github.com',
    { kind: 'offline', code: 'ENOTFOUND', host: 'github.com' },
  ],
  [
    'offline, DNS not answering',
    'TypeError fetch failed <- Error EAI_AGAIN getaddrinfo EAI_AGAIN objects.githubusercontent.com',
    { kind: 'offline', code: 'EAI_AGAIN', host: 'objects.githubusercontent.com' },
  ],
  [
    'refused',
    'TypeError fetch failed <- Error ECONNREFUSED connect ECONNREFUSED 127.0.0.1:3128',
    { kind: 'offline', code: 'ECONNREFUSED' },
  ],
  [
    'TLS interception',
    'TypeError fetch failed <- Error UNABLE_TO_GET_ISSUER_CERT_LOCALLY unable to get local issuer certificate',
    { kind: 'proxy-tls', code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' },
  ],
  [
    'self-signed proxy certificate',
    'TypeError fetch failed <- Error SELF_SIGNED_CERT_IN_CHAIN self-signed certificate in certificate chain',
    { kind: 'proxy-tls', code: 'SELF_SIGNED_CERT_IN_CHAIN' },
  ],
  [
    'proxy wants credentials',
    `HTTPError Response code 407 (Proxy Authentication Required) for ${URL_404}`,
    { kind: 'proxy-tls', status: 407 },
  ],
  [
    'missing release file',
    `HTTPError Response code 404 (Not Found) for ${URL_404}`,
    { kind: 'not-found', status: 404 },
  ],
  [
    'server trouble',
    `HTTPError Response code 503 (Service Unavailable) for ${URL_404}`,
    { kind: 'http', status: 503 },
  ],
  [
    'disk full while downloading',
    'Error ENOSPC ENOSPC: no space left on device, write',
    { kind: 'disk-full', code: 'ENOSPC' },
  ],
  [
    'disk full while unpacking (installer stderr)',
    'Error: ENOSPC: no space left on device, write\n    at async extract (/p/node_modules/@electron-internal/extract-zip/index.js:1:1)',
    { kind: 'disk-full', code: 'ENOSPC' },
  ],
  [
    'damaged download',
    'Error Generated checksum for "electron-v45.5.0-linux-x64.zip" did not match expected checksum.',
    { kind: 'checksum' },
  ],
  [
    'no write access (installer stderr)',
    "Error: EACCES: permission denied, mkdir '/usr/lib/node_modules/electron/dist'\n    at async mkdir (node:internal/fs/promises:858:10)",
    { kind: 'permission', code: 'EACCES' },
  ],
  [
    'stalled',
    'Error ELECTRON_DOWNLOAD_STALLED No data arrived for 300 s <- AbortError This operation was aborted',
    { kind: 'stalled' },
  ],
  [
    'installer stack without a cause',
    'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13',
    { kind: 'unknown' },
  ],
];

const sentences = (text: string) => text.match(/\.(\s|$)/g)?.length ?? 0;

describe('classifyDownloadFailure', () => {
  it.each(CAPTURED)('%s', (_name, text, expected) => {
    expect(classifyDownloadFailure(text)).toMatchObject(expected);
  });
});

describe('downloadFailureMessage', () => {
  const say = (text: string) =>
    downloadFailureMessage(classifyDownloadFailure(text), {
      version: '45.5.0',
      text,
      stallMinutes: 5,
    });

  it('is one sentence for every kind, naming the version and no stack frame', () => {
    for (const [name, text] of CAPTURED) {
      const message = say(text);
      expect(sentences(message), name).toBe(1);
      expect(message, name).toContain('Electron 45.5.0');
      expect(message, name).not.toMatch(/\n|\s+at\s/);
    }
  });

  it('tells each cause apart and names its fix', () => {
    expect(say(CAPTURED[0]![1])).toMatch(
      /github\.com could not be reached \(ENOTFOUND\), so this computer seems to be offline/,
    );
    expect(say(CAPTURED[3]![1])).toMatch(
      /proxy or a TLS certificate check.*UNABLE_TO_GET_ISSUER_CERT_LOCALLY.*NODE_EXTRA_CA_CERTS/,
    );
    expect(say(CAPTURED[5]![1])).toMatch(/HTTPS_PROXY with ELECTRON_GET_USE_PROXY=1/);
    expect(say(CAPTURED[6]![1])).toMatch(/404 Not Found.*ELECTRON_MIRROR/);
    expect(say(CAPTURED[7]![1])).toMatch(/HTTP 503/);
    expect(say(CAPTURED[8]![1])).toMatch(/disk is full \(ENOSPC\)/);
    expect(say(CAPTURED[10]![1])).toMatch(/did not match Electron's published checksum/);
    expect(say(CAPTURED[11]![1])).toMatch(/could not be written \(EACCES\).*do not use sudo/);
    expect(say(CAPTURED[12]![1])).toMatch(/no data arrived for 5 minutes/);
    expect(say(CAPTURED[13]![1])).toMatch(/\(TypeError: fetch failed\)/);
    // The old message blamed every failure on being offline.
    expect(CAPTURED.filter(([, text]) => /offline/.test(say(text))).map(([name]) => name)).toEqual([
      'offline, no DNS',
      'offline, DNS not answering',
      'refused',
    ]);
  });
});

describe('errorText', () => {
  it('follows the cause chain fetch hides the network error in', () => {
    const cause = Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), {
      code: 'ENOTFOUND',
    });
    expect(errorText(new TypeError('fetch failed', { cause }))).toBe(
      'TypeError fetch failed <- Error ENOTFOUND getaddrinfo ENOTFOUND github.com',
    );
  });

  it('survives a cause cycle and a thrown string', () => {
    const a: Error & { cause?: unknown } = new Error('a');
    a.cause = a;
    expect(errorText(a)).toBe('Error a');
    expect(errorText('plain')).toBe('plain');
  });
});
