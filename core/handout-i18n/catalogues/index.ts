/**
 * The finished catalogues, by handout language code. A language is offered for handouts only
 * when it is listed here (its catalogue complete: the Catalogue type demands every key).
 */
import { CATALOGUE_EN, type Catalogue } from '../catalogue';

/** Every complete catalogue, keyed by language code (core/clients/languages.ts). */
export const DOCUMENT_CATALOGUES: Readonly<Record<string, Catalogue>> = {
  en: CATALOGUE_EN,
};
