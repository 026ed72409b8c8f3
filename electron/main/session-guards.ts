import type { Session } from 'electron';

/** The part of a Session the guards use. */
export type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'
> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/** URL schemes that would reach outside the app (the network or the file system). */
const OUTSIDE_SCHEMES = ['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:'];

/** Tells whether a request URL would leave the app (network or file://). */
export function isOutsideRequest(url: string): boolean {
  try {
    return OUTSIDE_SCHEMES.includes(new URL(url).protocol);
  } catch {
    return true;
  }
}

/**
 * Hardens a session: every permission request is refused and every permission check answers
 * no; device access is refused; downloads are cancelled; requests to the network or to file://
 * are cancelled, so nothing leaves the computer and no local file is read by URL.
 */
export function guardSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: isOutsideRequest(details.url) }),
  );
}
