// Entry point of the Electron main process (bundled to dist/main/main.cjs).
import { app } from 'electron';
import { startApp } from './start-app';

startApp().catch(() => {
  console.error('[main] Closing Session could not start.');
  app.exit(1);
});
