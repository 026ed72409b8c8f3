/**
 * Where templates come from: the built-ins shipped in `resources/templates/` (read-only) and the
 * clinician's own, kept in the vault as one record per template holding its newest version.
 * The session area uses `findTemplate` to snapshot the template a new session starts with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../core/result';
import {
  BUILT_IN_TEMPLATE_FILES,
  parseBuiltInTemplate,
  type Template,
} from '../../../core/template';
import type { OpenVault } from '../vault/open-vault';
import { PRACTICE_KINDS, type StoredTemplate, type TemplateSummary } from './practice-records';

const KIND = PRACTICE_KINDS.template;
const builtInCache = new Map<string, readonly Template[]>();

/** The built-in templates, in the order they are offered; read once per resources folder. */
export function loadBuiltInTemplates(resourcesDir: string): readonly Template[] {
  const cached = builtInCache.get(resourcesDir);
  if (cached) return cached;
  const templates = BUILT_IN_TEMPLATE_FILES.map((file) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(resourcesDir, 'templates', file), 'utf8'));
    } catch {
      throw new AppError(
        'internal',
        'A built-in template is missing or damaged. Reinstalling the app restores it.',
      );
    }
    return parseBuiltInTemplate(json);
  });
  builtInCache.set(resourcesDir, templates);
  return templates;
}

/** The clinician's own templates (newest versions, removed ones left out), by name. */
export function listCustomTemplates(open: Pick<OpenVault, 'index'>): TemplateSummary[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return open.index
    .summaries<TemplateSummary>(KIND)
    .filter((t) => !t.deleted)
    .map((t) => ({ ...t }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The newest version of one of the clinician's templates, or undefined (also when removed). */
export async function getCustomTemplate(
  open: Pick<OpenVault, 'index'>,
  id: string,
): Promise<Template | undefined> {
  const summary = open.index.summary<TemplateSummary>(KIND, id);
  if (!summary || summary.deleted) return undefined;
  return (await open.index.get<StoredTemplate>(KIND, id)).data.template;
}

/**
 * Finds a template by id: a built-in, else the clinician's own newest version. Throws
 * `not-found` when there is none. The result is the caller's own copy.
 */
export async function findTemplate(
  open: Pick<OpenVault, 'index'>,
  resourcesDir: string,
  id: string,
): Promise<Template> {
  const builtIn = loadBuiltInTemplates(resourcesDir).find((t) => t.id === id);
  if (builtIn) return structuredClone(builtIn);
  const custom = await getCustomTemplate(open, id);
  if (!custom) throw new AppError('not-found', 'That template does not exist.');
  return custom;
}
