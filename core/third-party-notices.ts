/**
 * The shape of third-party-notices.json, which the build writes next to the renderer
 * (scripts/third-party-notices.mjs) and Help → About shows.
 */

/** One package or font; `texts` index into `Notices.texts`. */
export interface NoticeEntry {
  name: string;
  version: string;
  /** The licence id from package.json (SPDX where the package gives one). */
  license: string;
  /** Where the app uses it: main process, preload, interface, PDF export, PDF fonts. */
  usedIn: string[];
  texts: number[];
}

/** The notices file: the app, every package and font, and each distinct licence text once. */
export interface Notices {
  app: { name: string; version: string };
  packages: NoticeEntry[];
  texts: string[];
}
