// `npm run build` from a checkout whose path has a space and a non-ASCII letter: the build must
// really run and leave the three bundles. (It used to compare import.meta.url with
// `file://${process.argv[1]}`, which never matches there, and exit 0 having built nothing.)
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaledTimeout } from '../../scripts/machine-factor.mjs';

const checkout = resolve('.');
/** Everything the build reads; node_modules is linked, not copied. */
const NEEDED = [
  'package.json',
  'vite.config.ts',
  'scripts',
  'electron',
  'core',
  'renderer',
  'resources',
];

let parent: string;
let copy: string;

beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'cs-odd-path-'));
  copy = join(parent, 'Clínica notes', 'closing-session');
  mkdirSync(copy, { recursive: true });
  for (const part of NEEDED) cpSync(join(checkout, part), join(copy, part), { recursive: true });
  for (const file of readdirSync(checkout).filter((name) => /^tsconfig.*\.json$/.test(name)))
    cpSync(join(checkout, file), join(copy, file));
  symlinkSync(
    join(checkout, 'node_modules'),
    join(copy, 'node_modules'),
    process.platform === 'win32' ? 'junction' : 'dir',
  );
});

afterAll(() => {
  rmSync(parent, { recursive: true, force: true });
});

describe('the build in a folder named "Clínica notes"', () => {
  it(
    'builds main, preload and renderer into that folder',
    () => {
      expect(existsSync(join(copy, 'dist'))).toBe(false);
      const run = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], {
        cwd: copy,
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      for (const built of [
        'dist/main/main.cjs',
        'dist/preload/preload.cjs',
        'dist/renderer/index.html',
      ]) {
        expect(existsSync(join(copy, built)), built).toBe(true);
      }
    },
    scaledTimeout(300_000),
  );
});
