import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CrisisLine, parseCrisisLinesFile } from '../../../core/crisis-lines';
import { AppError } from '../../../core/result';

/** The shipped crisis-lines file's name inside the resources folder. */
export const CRISIS_LINES_FILE = 'crisis-lines.json';

/**
 * Reads and checks the shipped crisis lines from `<resourcesDir>/crisis-lines.json`. A missing or
 * malformed file is a packaging fault: it throws an `internal` AppError.
 */
export function loadCrisisLines(resourcesDir: string): CrisisLine[] {
  try {
    return parseCrisisLinesFile(
      JSON.parse(readFileSync(join(resourcesDir, CRISIS_LINES_FILE), 'utf8')),
    );
  } catch {
    throw new AppError(
      'internal',
      'The built-in crisis-line list is missing or damaged. Reinstalling the app restores it.',
    );
  }
}
