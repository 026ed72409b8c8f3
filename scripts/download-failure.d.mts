export interface DownloadFailure {
  kind:
    | 'stalled'
    | 'disk-full'
    | 'permission'
    | 'checksum'
    | 'not-found'
    | 'http'
    | 'proxy-tls'
    | 'offline'
    | 'unknown';
  status?: number;
  code?: string;
  host?: string;
}
export declare function errorText(error: unknown): string;
export declare function classifyDownloadFailure(text: string): DownloadFailure;
export declare function downloadFailureMessage(
  failure: DownloadFailure,
  context: {
    version: string;
    text?: string;
    stallMinutes?: number;
    cacheDir?: string;
    electronDir?: string;
  },
): string;
