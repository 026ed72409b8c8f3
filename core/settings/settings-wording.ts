/**
 * Settings fields for the client documents' wording: the clinician's rewritten fixed sentences
 * per language and the languages whose wording has been checked. A rewritten sentence must be
 * valid ICU MessageFormat with the same arguments as the original, or it is refused.
 */
import { z } from 'zod';
import { HANDOUT_LANGUAGE_CODES } from '../clients/languages';
import { CATALOGUE_EN, isCatalogueKey } from '../handout-i18n/catalogue';
import { icuOverrideProblem } from '../handout-i18n/icu';

/** Longest rewritten sentence. */
export const MAX_WORDING_CHARS = 2000;

const language = z.enum(HANDOUT_LANGUAGE_CODES, { error: 'Choose a language from the list.' });

/** Rewritten sentences: language → catalogue key → ICU message. */
export const wordingOverridesField = z
  .partialRecord(
    language,
    z.record(
      z.string(),
      z.string().max(MAX_WORDING_CHARS, {
        error: `A sentence can be at most ${MAX_WORDING_CHARS} characters.`,
      }),
    ),
  )
  .superRefine((value, ctx) => {
    for (const [lang, messages] of Object.entries(value)) {
      for (const [key, message] of Object.entries(messages ?? {})) {
        if (!isCatalogueKey(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [lang, key],
            message: `"${key}" is not a sentence of the handout.`,
          });
          continue;
        }
        const problem = icuOverrideProblem(CATALOGUE_EN[key], message);
        if (problem) ctx.addIssue({ code: 'custom', path: [lang, key], message: problem });
      }
    }
  });

/** Languages whose wording a native-speaking clinician has checked. */
export const wordingCheckedField = z.array(language).max(HANDOUT_LANGUAGE_CODES.length);
