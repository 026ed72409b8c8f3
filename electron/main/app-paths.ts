import { join } from 'node:path';

/** Where the app finds its built files and keeps its data. */
export interface AppPaths {
  /** The built renderer (served over app://). */
  rendererDir: string;
  /** The bundled preload script. */
  preloadPath: string;
  /** Shipped resources: templates, fonts, crisis lines. */
  resourcesDir: string;
  /** The clinician's data folder handed to the services. */
  dataDir: string;
  /** The keychain-sealed secret for "Remember on this computer". */
  rememberedSecretPath: string;
  /** The delay after failed unlocks (counts and times only): per computer, outside the data folder. */
  unlockDelayPath: string;
}

/** Works out the app's paths from its root (app.getAppPath()) and the userData folder. */
export function appPaths(appRoot: string, userData: string): AppPaths {
  return {
    rendererDir: join(appRoot, 'dist', 'renderer'),
    preloadPath: join(appRoot, 'dist', 'preload', 'preload.cjs'),
    resourcesDir: join(appRoot, 'resources'),
    dataDir: join(userData, 'data'),
    rememberedSecretPath: join(userData, 'keychain', 'remembered-secret.bin'),
    unlockDelayPath: join(userData, 'unlock-delay.json'),
  };
}
