// Loads the built-in templates from resources/templates the way the services will.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BUILT_IN_TEMPLATE_FILES,
  BUILT_IN_TEMPLATE_IDS,
  parseBuiltInTemplate,
  type Template,
} from '../../core/template';

const dir = fileURLToPath(new URL('../../resources/templates/', import.meta.url));

/** Reads and parses one built-in template's JSON file. */
export function readTemplateJson(file: string): unknown {
  return JSON.parse(readFileSync(dir + file, 'utf8')) as unknown;
}

/** Loads one built-in template by id. */
export function builtIn(id: (typeof BUILT_IN_TEMPLATE_IDS)[number]): Template {
  return parseBuiltInTemplate(readTemplateJson(`${id}.json`));
}

/** Every built-in template file name. */
export const FILES = BUILT_IN_TEMPLATE_FILES;
