export interface RuntimeSpec {
  name: string;
  version: string;
  binary: string;
  integrity: string;
}
export declare const CACHE_DIR: string;
export declare const NODE_WINDOWS: Readonly<RuntimeSpec>;
export declare const NODE_24_LINUX: Readonly<RuntimeSpec>;
export declare function runtimeDir(spec: RuntimeSpec, cacheDir?: string): string;
export declare function cachedRuntime(spec: RuntimeSpec, cacheDir?: string): Promise<string | null>;
export declare function npmErrorLine(stderr: string): string;
export declare function ensureRuntime(
  spec: RuntimeSpec,
  cacheDir?: string,
): Promise<{ binary: string; reason?: undefined } | { binary?: undefined; reason: string }>;
