export declare const ELECTRON_NODE_MAJOR: number;
export declare function findNode24(options?: {
  version?: string;
  platform?: string;
  arch?: string;
  execPath?: string;
}): Promise<{ binary: string; version: string } | { binary?: undefined; reason: string }>;
