/**
 * What a new session starts with from the clinician's own defaults: the "How to come back" text
 * (the return policy) starts as the default written once in Settings, still editable in session.
 */
import { WELL_KNOWN_ITEM_IDS } from '../template/built-in-templates';
import type { Template } from '../template/template-schema';
import type { SessionContent } from './content-schema';

/** The clinician's defaults a new session draws on (from Settings → Handout). */
export interface SessionDefaults {
  returnPolicy: string;
}

/**
 * Fills the template's return-policy text item with the default return policy, when the template
 * has such an item and the default is not blank. Returns new content; other answers are kept.
 */
export function prefillSessionContent(
  template: Pick<Template, 'sections'>,
  content: SessionContent,
  defaults: SessionDefaults,
): SessionContent {
  const text = defaults.returnPolicy.trim();
  const item = template.sections
    .flatMap((s) => s.items)
    .find((i) => i.id === WELL_KNOWN_ITEM_IDS.returnPolicy);
  if (
    !text ||
    !item ||
    (item.kind !== 'short-text' && item.kind !== 'long-text') ||
    content.answers[item.id]?.text
  )
    return content;
  return {
    ...content,
    answers: { ...content.answers, [item.id]: { ...content.answers[item.id], text } },
  };
}
