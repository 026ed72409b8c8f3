import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import type { ApiOutput, Handlers, Method } from '../../../core/contract';
import type { Result } from '../../../core/result';
import type { Dialogs } from '../../../electron/services/dialogs';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers, type HandlerDeps } from '../../../electron/services/handlers';
import { tempDir } from '../../setup/temp-dirs';

/** Cheap scrypt for tests that are not about the KDF. */
export const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

/** A passphrase the strength check accepts. */
export const GOOD_PASSPHRASE = 'lantern orchard velvet compass 42';

/** A fresh temporary data folder, removed after the test. */
export async function tempDataDir(): Promise<string> {
  return tempDir('cs-vault-');
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse('2026-03-01T09:00:00Z')) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

/** Handlers over a temp dir plus a `call` that goes through dispatch and unwraps the Result. */
export async function harness(extra: Partial<HandlerDeps> = {}) {
  const dataDir = extra.dataDir ?? (await tempDataDir());
  /** What the next file dialog answers (null = the clinician cancels). */
  let nextChoice: string | null = null;
  const dialogs: Dialogs = {
    chooseSavePath: async () => nextChoice,
    chooseOpenPath: async () => nextChoice,
    chooseFolder: async () => nextChoice,
  };
  const choose = (path: string | null) => void (nextChoice = path);
  const handlers: Handlers = createHandlers({ scrypt: FAST_SCRYPT, dialogs, ...extra, dataDir });
  const raw = (method: Method, input: unknown = {}) => dispatch(handlers, method, input);
  async function call<M extends Method>(method: M, input: unknown = {}): Promise<ApiOutput<M>> {
    const result = await raw(method, input);
    if (!result.ok)
      throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value as ApiOutput<M>;
  }
  /** Writes a backup to `path` as if the clinician picked it in the save dialog. */
  async function exportTo(path: string) {
    choose(path);
    return call('backup.export', {});
  }
  /** Restores the backup at `path` as if picked in the open dialog; resolves to the raw Result. */
  async function restoreFrom(
    path: string,
    secret: { passphrase: string } | { recoveryKey: string },
  ): Promise<Result<ApiOutput<'backup.restore'>>> {
    choose(path);
    const chosen = await raw('backup.choose', {});
    return (chosen.ok ? await raw('backup.restore', secret) : chosen) as Result<
      ApiOutput<'backup.restore'>
    >;
  }
  return { dataDir, handlers, raw, call, choose, exportTo, restoreFrom };
}

/** Every file under a folder, recursively. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out.sort();
}

/** Content and mtime of every file under a folder. */
export async function snapshot(
  dir: string,
): Promise<Map<string, { bytes: string; mtimeMs: number }>> {
  const map = new Map<string, { bytes: string; mtimeMs: number }>();
  for (const file of await listFiles(dir)) {
    map.set(file, {
      bytes: (await readFile(file)).toString('base64'),
      mtimeMs: (await stat(file)).mtimeMs,
    });
  }
  return map;
}

/** The value of a successful Result; throws with the error's code and message otherwise. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/**
 * Bundles a child-process script (TypeScript, importing the app's services) into one ESM file in
 * `outDir` that plain `node` runs; resolves to its path.
 */
export async function bundleChildScript(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}
