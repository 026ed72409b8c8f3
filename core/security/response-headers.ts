import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The headers every renderer response carries, in Electron (`app://`) and in the end-to-end
 * static server alike. Content-Type is added per file by whoever serves it.
 */
export const RENDERER_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
});
