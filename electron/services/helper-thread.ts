/**
 * One helper thread for the heavy, self-contained parts of an unlock, so they run beside the main
 * thread's own work instead of before or after it: stat'ing every record file of a folder, and
 * authenticating and decrypting a large sealed cache. It knows no file format of the vault: it is
 * handed plain paths, or a key, nonce, tag and ciphertext, and hands back plain numbers or bytes.
 * It is started on first use, kept for the next unlock, and never keeps the process alive.
 */
import { Worker } from 'node:worker_threads';

/** What the helper runs (plain JavaScript: it is evaluated as is, in Node and in Electron alike). */
const SOURCE = `
const { parentPort } = require('node:worker_threads');
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { createDecipheriv } = require('node:crypto');
function scan({ dir, suffix, pattern }) {
  let names;
  try { names = readdirSync(dir); } catch (e) { if (e.code === 'ENOENT') names = []; else throw e; }
  const re = new RegExp(pattern);
  const ids = [];
  for (const name of names) {
    if (!name.endsWith(suffix)) continue;
    const id = name.slice(0, -suffix.length);
    if (re.test(id)) ids.push(id);
  }
  const stamps = new Float64Array(ids.length * 3).fill(NaN);
  ids.forEach((id, i) => {
    try {
      const s = statSync(join(dir, id + suffix));
      stamps[3 * i] = s.size; stamps[3 * i + 1] = s.mtimeMs; stamps[3 * i + 2] = s.ino;
    } catch (e) { if (e.code !== 'ENOENT') throw e; }
  });
  return { value: { ids, stamps }, transfer: [stamps.buffer] };
}
function open({ path, key, variants }) {
  try {
    const sealed = readFileSync(path);
    const index = variants.findIndex(({ prefix }) =>
      sealed.length >= prefix.length + 28 && sealed.subarray(0, prefix.length).equals(prefix));
    if (index < 0) return { value: null, transfer: [] };
    const variant = variants[index];
    const from = variant.prefix.length;
    const to = sealed.length;
    const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(from, from + 12), { authTagLength: 16 });
    d.setAAD(variant.aad); d.setAuthTag(sealed.subarray(to - 16, to));
    const body = sealed.subarray(from + 12, to - 16);
    const out = new Uint8Array(body.length);
    const step = 1 << 20;
    for (let at = 0; at < body.length; at += step)
      out.set(d.update(body.subarray(at, Math.min(at + step, body.length))), at);
    try { d.final(); } catch { return { value: null, transfer: [] }; }
    return { value: { bytes: out, variant: index }, transfer: [out.buffer] };
  } finally { key.fill(0); }
}
parentPort.on('message', ({ id, op, input }) => {
  try {
    const { value, transfer } = op === 'scan' ? scan(input) : open({ ...input, key: Buffer.from(input.key.buffer, input.key.byteOffset, input.key.byteLength), variants: input.variants.map((v) => ({ prefix: Buffer.from(v.prefix), aad: Buffer.from(v.aad) })) });
    parentPort.postMessage({ id, value }, transfer);
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.code) || e) });
  }
});
`;

interface Reply {
  id: number;
  value?: unknown;
  error?: string;
}

interface Job {
  resolve: (value: unknown) => void;
  reject: (cause: Error) => void;
}

/** How many helper threads run the jobs (one job at a time each): two jobs of an unlock run at once. */
const THREADS = 2;

interface Helper {
  worker: Worker;
  jobs: Map<number, Job>;
}

const helpers: (Helper | null)[] = new Array<Helper | null>(THREADS).fill(null);
let nextId = 0;

function startHelper(slot: number): Helper {
  const worker = new Worker(SOURCE, { eval: true, execArgv: [] });
  const helper: Helper = { worker, jobs: new Map() };
  const fail = (cause: Error) => {
    if (helpers[slot] !== helper) return;
    helpers[slot] = null;
    for (const job of helper.jobs.values()) job.reject(cause);
    helper.jobs.clear();
  };
  worker.on('message', ({ id, value, error }: Reply) => {
    const job = helper.jobs.get(id);
    helper.jobs.delete(id);
    if (helper.jobs.size === 0) worker.unref();
    if (error === undefined) job?.resolve(value);
    else job?.reject(new Error(error));
  });
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('The helper thread stopped.')));
  worker.unref();
  helpers[slot] = helper;
  return helper;
}

/** The helper thread with the fewest jobs waiting (started when missing). */
function helper(): Helper {
  let best = 0;
  for (let slot = 0; slot < THREADS; slot += 1) {
    const h = helpers[slot];
    if (!h) return startHelper(slot);
    if (h.jobs.size < (helpers[best] as Helper).jobs.size) best = slot;
  }
  return helpers[best] as Helper;
}

function run<T>(op: 'scan' | 'open', input: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const { worker, jobs } = helper();
    const id = nextId++;
    jobs.set(id, { resolve: resolve as (v: unknown) => void, reject });
    worker.ref();
    worker.postMessage({ id, op, input });
  });
}

/** Starts the helper threads now (each takes a few tens of milliseconds), so the first jobs need not wait for them. */
export function warmUpHelperThread(): void {
  try {
    for (let slot = 0; slot < THREADS; slot += 1) if (!helpers[slot]) startHelper(slot);
  } catch {
    // Without a helper thread the work is simply done on the main thread.
  }
}

/** The files of one folder whose names are `<id><suffix>` with an id matching `pattern`, and their stats. */
export interface ScannedFolder {
  ids: string[];
  /** Per id: size, mtimeMs and inode (NaN where the file went away before it was stat'ed). */
  stamps: Float64Array;
}

/** Lists and stats the files of one folder on the helper thread (rejects on any failure but a missing folder). */
export function scanFolderOffThread(
  dir: string,
  suffix: string,
  pattern: RegExp,
): Promise<ScannedFolder> {
  return run<ScannedFolder>('scan', { dir, suffix, pattern: pattern.source });
}

/** One way a sealed file may begin, and the associated data it is then authenticated with. */
export interface SealedVariant {
  prefix: Uint8Array;
  aad: Uint8Array;
}

/**
 * Reads a file `prefix ‖ nonce ‖ AES-256-GCM ciphertext ‖ tag` and authenticates and decrypts it,
 * all on the helper thread: the plaintext and which variant it was sealed as; null when it begins with none of the prefixes or does not
 * authenticate. Rejects when the file cannot be read (or there is no helper thread). The helper
 * gets a copy of the key and wipes it after use.
 */
export function openFileOffThread(
  path: string,
  key: Uint8Array,
  variants: readonly SealedVariant[],
): Promise<{ bytes: Uint8Array; variant: number } | null> {
  return run('open', { path, key: new Uint8Array(key), variants });
}
