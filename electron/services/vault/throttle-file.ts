/**
 * The unlock delay's per-computer file: failure count and times only (no client data, nothing
 * typed). It lives outside the vault folder, so nothing in the vault is touched while locked,
 * and it never fails an unlock attempt: a missing or damaged file means "no delay known".
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { ensureDir, writeFileAtomic } from '../store/atomic-write';
import type { ThrottleState, ThrottleStore } from './unlock-throttle';

/** The file name used beside the data folder when no other place is given. */
export const THROTTLE_FILE_NAME = 'unlock-delay.json';

const StateSchema = z
  .object({
    version: z.literal(1),
    failures: z.number().int().min(0).max(1_000_000),
    lastFailureAt: z.number().int().min(0),
    firstFailureAt: z.number().int().min(0).nullable(),
  })
  .strict();

const EMPTY: ThrottleState = { failures: 0, lastFailureAt: 0, firstFailureAt: null };

function parseState(text: string): ThrottleState | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = StateSchema.safeParse(json);
  if (!parsed.success) return null;
  const { failures, lastFailureAt, firstFailureAt } = parsed.data;
  return { failures, lastFailureAt, firstFailureAt };
}

/** Writes one file's bytes atomically; replaceable in tests to simulate an unwritable place. */
export type StateWriter = (dir: string, name: string, bytes: Uint8Array) => Promise<unknown>;

/** Creates a throttle store over one JSON file; a damaged file is replaced by an empty state when loaded. */
export function throttleFile(path: string, writer: StateWriter = writeFileAtomic): ThrottleStore {
  const save = async (state: ThrottleState): Promise<void> => {
    try {
      await ensureDir(dirname(path));
      await writer(
        dirname(path),
        basename(path),
        Buffer.from(JSON.stringify({ version: 1, ...state }), 'utf8'),
      );
    } catch {
      // An unwritable place only means the delay is not kept across a restart; the attempt goes on.
    }
  };
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        return null;
      }
      const state = parseState(text);
      if (!state) await save(EMPTY);
      return state;
    },
    save,
  };
}
