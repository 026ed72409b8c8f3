/** What core's synthetic record builder needs from the services: the built-in templates and SHA-256. */
import type { SyntheticRecordOptions } from '../../../core/search/synthetic';
import { defaultResourcesDir } from '../handlers';
import { builtInTemplates } from '../sessions/built-in-templates';
import { sha256Hex } from '../sessions/content-hash';

/** Loads the built-in templates (from `resourcesDir`, default the app's) and pairs them with SHA-256. */
export async function syntheticRecordOptions(
  resourcesDir: string = defaultResourcesDir(),
): Promise<SyntheticRecordOptions> {
  const templates = Object.fromEntries(
    (await builtInTemplates(resourcesDir)).map((t) => [t.id, t]),
  );
  return { templates, hash: sha256Hex };
}
