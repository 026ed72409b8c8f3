import type { CustomScheme } from 'electron';

/** The custom scheme the renderer is served from (never file://). */
export const APP_SCHEME = 'app';

/** The one host under the scheme; every renderer URL is `app://renderer/...`. */
export const APP_HOST = 'renderer';

/** The renderer's origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The URL the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * How the scheme is registered before `ready`: standard (relative URLs, storage, an origin for
 * 'self' in the CSP), secure (a secure context, like https) and fetch-capable. Deliberately not
 * `bypassCSP`, `corsEnabled`, `allowServiceWorkers` or `stream`.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = Object.freeze({
  scheme: APP_SCHEME,
  privileges: Object.freeze({ standard: true, secure: true, supportFetchAPI: true }),
});

/** Tells whether a URL is on the renderer's own origin (`app://renderer`). */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
