/** The template-editor methods: list, open, duplicate, save a new version, remove. */
import type { Handlers } from '../../../core/contract';
import type { TemplateListing } from '../../../core/contract-parts/practice';
import { AppError } from '../../../core/result';
import { DEFAULT_TEMPLATE_ID } from '../../../core/settings';
import {
  assertEditable,
  commitTemplateVersion,
  duplicateTemplate,
  type Template,
} from '../../../core/template';
import type { HandlerContext } from '../handler-context';
import { newRecordId } from '../store/record-store';
import {
  findTemplate,
  getCustomTemplate,
  listCustomTemplates,
  loadBuiltInTemplates,
} from './custom-templates';
import { PRACTICE_KINDS, type StoredTemplate } from './practice-records';

type TemplateMethods = Pick<
  Handlers,
  | 'templates.library'
  | 'templates.open'
  | 'templates.duplicate'
  | 'templates.save'
  | 'templates.remove'
>;

const KIND = PRACTICE_KINDS.template;

function builtInListing(t: Template): TemplateListing {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    version: t.version,
    builtIn: true,
    sectionCount: t.sections.length,
    updatedAt: '',
  };
}

/** Creates the template-editor methods; every one answers `locked` while the vault is locked. */
export function createTemplateHandlers({
  vault,
  now,
  resourcesDir,
  settings,
}: HandlerContext): TemplateMethods {
  return {
    'templates.library': () =>
      vault.use(async (open) => [
        ...loadBuiltInTemplates(resourcesDir).map(builtInListing),
        ...listCustomTemplates(open).map(({ deleted: _deleted, ...t }) => ({
          ...t,
          builtIn: false,
        })),
      ]),

    'templates.open': ({ id }) => vault.use((open) => findTemplate(open, resourcesDir, id)),

    'templates.duplicate': ({ id, name }) =>
      vault.use(async (open) => {
        const source = await findTemplate(open, resourcesDir, id);
        const copy = duplicateTemplate(source, { id: newRecordId(), ...(name ? { name } : {}) });
        await open.index.save<StoredTemplate>(
          KIND,
          copy.id,
          { template: copy, updatedAt: now().toISOString() },
          0,
        );
        return copy;
      }),

    'templates.save': ({ template, expectedVersion }) =>
      vault.use(async (open) => {
        const builtIn = loadBuiltInTemplates(resourcesDir).find((t) => t.id === template.id);
        if (builtIn) assertEditable(builtIn);
        const saved = await getCustomTemplate(open, template.id);
        if (!saved)
          throw new AppError(
            'not-found',
            'That template does not exist. Make a copy of a template to edit it.',
          );
        if (saved.version !== expectedVersion) {
          throw new AppError(
            'conflict',
            'This template was changed elsewhere. Reopen it and make your change again.',
          );
        }
        const next = commitTemplateVersion(saved, template);
        if (next.version === saved.version) return saved;
        await open.index.save<StoredTemplate>(
          KIND,
          next.id,
          { template: next, updatedAt: now().toISOString() },
          open.index.rev(KIND, next.id),
        );
        return next;
      }),

    'templates.remove': ({ id }) =>
      vault.use(async (open) => {
        if (loadBuiltInTemplates(resourcesDir).some((t) => t.id === id)) {
          throw new AppError('conflict', 'Built-in templates cannot be removed.');
        }
        const saved = await getCustomTemplate(open, id);
        if (!saved) throw new AppError('not-found', 'That template does not exist.');
        await open.index.save<StoredTemplate>(
          KIND,
          id,
          { template: saved, deleted: true, updatedAt: now().toISOString() },
          open.index.rev(KIND, id),
        );
        const store = settings();
        if (store.get().defaultTemplateId === id)
          store.update({ defaultTemplateId: DEFAULT_TEMPLATE_ID });
        return { id };
      }),
  };
}
