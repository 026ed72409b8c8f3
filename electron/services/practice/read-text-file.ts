import { open } from 'node:fs/promises';
import { AppError } from '../../../core/result';

/**
 * Reads a file the clinician chose as UTF-8 text (a byte-order mark is kept for the parser to
 * drop). Refuses files over `maxBytes` before reading them whole, and bytes that are not valid
 * UTF-8 with a message saying how to fix it. Messages never name the file's content.
 */
export async function readUtf8File(path: string, maxBytes: number, what = 'file'): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new AppError(
      'io',
      `The ${what} could not be opened. Check that it still exists and that you may read it.`,
    );
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      throw new AppError(
        'invalid-input',
        `The ${what} is too large (${Math.round(maxBytes / 1_000_000)} MB at most).`,
      );
    }
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes)
      throw new AppError(
        'invalid-input',
        `The ${what} is too large (${Math.round(maxBytes / 1_000_000)} MB at most).`,
      );
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new AppError(
        'invalid-input',
        `The ${what} is not UTF-8 text. In your spreadsheet app, save it as “CSV UTF-8” and import it again.`,
      );
    }
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw new AppError('io', `The ${what} could not be read.`);
  } finally {
    await handle.close();
  }
}
