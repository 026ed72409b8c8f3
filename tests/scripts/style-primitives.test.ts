// The shared style primitives are composed into feature modules from another file, which Vite's
// URL rewriting cannot see (the reason its one warning is dropped in vite.config.ts): so they
// must never reference a file with url() or @import.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const STYLES = join(import.meta.dirname, '../../renderer/src/styles');

test('composed style primitives reference no files (no url() or @import)', async () => {
  const modules = (await readdir(STYLES)).filter((name) => name.endsWith('.module.css'));
  expect(modules.length).toBeGreaterThan(0);
  for (const name of modules) {
    const css = await readFile(join(STYLES, name), 'utf8');
    expect(css, name).not.toMatch(/url\(|@import/i);
  }
});
