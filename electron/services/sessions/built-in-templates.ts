/**
 * Loads the built-in templates shipped in `<resourcesDir>/templates/` (one JSON file each),
 * checks them with core's `parseBuiltInTemplate` and keeps them for the life of the process; and
 * resolves the template a new session starts from (built-in or the clinician's own).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../core/result';
import type { Template } from '../../../core/template';
import { BUILT_IN_TEMPLATE_FILES, parseBuiltInTemplate } from '../../../core/template';
import type { RecordIndex } from '../store/record-index';

const cache = new Map<string, Promise<Template[]>>();

async function load(resourcesDir: string): Promise<Template[]> {
  return Promise.all(
    BUILT_IN_TEMPLATE_FILES.map(async (file) => {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(join(resourcesDir, 'templates', file), 'utf8'));
      } catch {
        throw new AppError('internal', 'A built-in template could not be read.');
      }
      return parseBuiltInTemplate(json);
    }),
  );
}

/** Returns the built-in templates in the order they are offered (read once per resources folder). */
export function builtInTemplates(resourcesDir: string): Promise<Template[]> {
  let pending = cache.get(resourcesDir);
  if (!pending) {
    pending = load(resourcesDir);
    cache.set(resourcesDir, pending);
    pending.catch(() => cache.delete(resourcesDir));
  }
  return pending;
}

/** The part of a stored custom template (vault kind `template`) a new session needs. */
interface StoredCustomTemplate {
  template: Template;
  deleted?: boolean;
}

/**
 * Finds the template a new session starts from: a built-in by id, else the newest version of
 * the clinician's own template of that id in the open vault. Throws `not-found` otherwise.
 */
export async function resolveTemplate(
  resourcesDir: string,
  index: RecordIndex,
  id: string,
): Promise<Template> {
  const builtIn = (await builtInTemplates(resourcesDir)).find((t) => t.id === id);
  if (builtIn) return builtIn;
  let known = false;
  try {
    known = index.summary('template', id) !== undefined;
  } catch {
    known = false; // no custom templates in this vault (the kind is not registered)
  }
  if (known) {
    const { data } = await index.get<StoredCustomTemplate>('template', id);
    if (!data.deleted) return data.template;
  }
  throw new AppError('not-found', 'That template does not exist.');
}
