import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dirs: string[] = [];

/** A fresh temporary folder named `<prefix>XXXXXX`, removed after the current test. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made since the last call. */
export async function removeTempDirs(): Promise<void> {
  // Retries: a background write (the stored search index, the summary cache) may still be
  // finishing in the folder when the test ends.
  await Promise.all(
    dirs
      .splice(0)
      .map((d) => rm(d, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })),
  );
}
