import { afterEach } from 'vitest';
import { removeTempDirs } from './temp-dirs';

// A setup file runs for every test file, also where modules are shared between files
// (isolate: false), so the hook is registered in each file rather than in the first one
// that happened to import a helper.
afterEach(removeTempDirs);
