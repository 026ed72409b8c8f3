import type { Metafile } from 'esbuild';
import type { NoticeEntry, Notices } from '../core/third-party-notices';

export type { NoticeEntry, Notices };

export declare const RESOURCE_FONTS: readonly {
  files: RegExp;
  package: string;
  version: string;
  license: string;
  licenseFile: string;
}[];
export declare const USED_IN: Readonly<
  Record<'main' | 'preload' | 'renderer' | 'runtime' | 'fonts', string>
>;
export declare function packageDirOf(file: string, root: string): string | undefined;
export declare function packageDirsOf(files: string[], root: string): string[];
export declare function esbuildInputs(metafile: Metafile): string[];
export declare function runtimeDependencyDirs(root: string): string[];
export declare function collectNotices(options: {
  root: string;
  app: Notices['app'];
  packages: Map<string, Set<string>>;
  fontsDir?: string;
}): Notices;
export declare function fontNotices(
  root: string,
  fontsDir: string,
): { entry: Omit<NoticeEntry, 'texts'>; text: string }[];
export declare function renderNoticesText(notices: Notices): string;
