import type { Metafile } from 'esbuild';
import type { Plugin } from 'vite';

export declare function electronPackagesFile(outDir: string): string;
export declare function writeElectronPackages(
  file: string,
  metafiles: { main: Metafile; preload: Metafile },
  root: string,
): void;
export declare function thirdPartyNotices(options: {
  root: string;
  electronPackages: string;
}): Plugin;
