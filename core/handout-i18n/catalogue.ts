/**
 * A complete catalogue of the client-facing documents' wording: the handout's own messages and
 * the client's plain words about scores and crisis lines (core/client-words), one key set for
 * both. English is the source; every translation has exactly the same keys and ICU arguments.
 */
import { CLIENT_WORDS_EN, type ClientWordKey } from '../client-words/messages-en';
import { HANDOUT_MESSAGES_EN, type HandoutMessageKey } from './messages-en';

/** Every key a document catalogue holds. */
export type CatalogueKey = HandoutMessageKey | ClientWordKey;

/** A complete catalogue: one ICU MessageFormat string for every key (a missing key fails to compile). */
export type Catalogue = Readonly<Record<CatalogueKey, string>>;

/** The English catalogue, the source of the key set. */
export const CATALOGUE_EN: Catalogue = { ...HANDOUT_MESSAGES_EN, ...CLIENT_WORDS_EN };

/** The keys of a catalogue, in the English catalogue's order. */
export const CATALOGUE_KEYS = Object.keys(CATALOGUE_EN) as CatalogueKey[];

/** Whether a string is a catalogue key. */
export function isCatalogueKey(key: string): key is CatalogueKey {
  return Object.prototype.hasOwnProperty.call(CATALOGUE_EN, key);
}
