/**
 * System file dialogs, supplied by the main process (Electron's `dialog`) and by the e2e fixture.
 * The renderer never sends a file path: it asks for an action, and the clinician picks the place
 * in a dialog shown by the main process. Every method resolves to `null` when cancelled.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Options of a save dialog. */
export interface SaveDialogOptions {
  title: string;
  /** A default file name free of client data (e.g. `handout-2026-11-26.pdf`). */
  defaultName: string;
  filters: FileFilter[];
}

/** Options of an open dialog. */
export interface OpenDialogOptions {
  title: string;
  filters: FileFilter[];
}

/** The dialogs the services may show. */
export interface Dialogs {
  /** Asks where to save a file; resolves to an absolute path or null. */
  chooseSavePath(options: SaveDialogOptions): Promise<string | null>;
  /** Asks which file to open; resolves to an absolute path or null. */
  chooseOpenPath(options: OpenDialogOptions): Promise<string | null>;
  /** Asks for a folder; resolves to an absolute path or null. */
  chooseFolder(options: { title: string }): Promise<string | null>;
}

/** Dialogs for environments without any (every choice is a cancel). */
export const noDialogs: Dialogs = {
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
  chooseFolder: async () => null,
};
