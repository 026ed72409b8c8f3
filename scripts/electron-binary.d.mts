export declare const ROOT: string;
export declare const ELECTRON_DIR: string;
export declare function electronVersion(electronDir?: string): string | undefined;
export declare function platformExecutable(platform?: string): string;
export declare function findElectronBinary(
  env?: NodeJS.ProcessEnv,
  electronDir?: string,
): string | undefined;
