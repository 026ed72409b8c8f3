// Entry point of the Electron main process (bundled to dist/main/main.cjs).
import { app } from 'electron';
import { homedir } from 'node:os';
import { describeStartupError } from './describe-startup-error';
import { startApp } from './start-app';

startApp().catch((error: unknown) => {
  console.error(describeStartupError(error, homedir()));
  app.exit(1);
});
