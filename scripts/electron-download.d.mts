export interface DownloadProgress {
  transferred: number;
  total: number | null;
  percent?: number;
}
export declare const STALL_MS: number;
export declare function installTarget(env?: NodeJS.ProcessEnv): { platform: string; arch: string };
export declare function formatProgress(version: string, progress: DownloadProgress): string;
export declare function progressPrinter(
  version: string,
  stream?: { isTTY?: boolean; write(text: string): unknown },
): { update(progress: DownloadProgress): void; end(): void };
export declare function downloadElectronZip(options: {
  electronDir: string;
  env?: NodeJS.ProcessEnv;
  stallMs?: number;
  mirror?: string;
  onProgress?: (progress: DownloadProgress) => void;
}): Promise<string>;
export declare function runElectronInstaller(
  electronDir: string,
  env?: NodeJS.ProcessEnv,
): Promise<{ code: number; stderr: string }>;
