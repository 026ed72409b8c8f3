/**
 * The finished catalogues, by handout language code. A language is offered for handouts only
 * when it is listed here (its catalogue complete: the Catalogue type demands every key).
 */
import { CATALOGUE_EN, type Catalogue } from '../catalogue';
import { CATALOGUE_ES } from './es';
import { CATALOGUE_FR } from './fr';
import { CATALOGUE_DE } from './de';
import { CATALOGUE_PT } from './pt';
import { CATALOGUE_ZH } from './zh';
import { CATALOGUE_VI } from './vi';
import { CATALOGUE_RU } from './ru';
import { CATALOGUE_UK } from './uk';
import { CATALOGUE_AR } from './ar';
import { CATALOGUE_HE } from './he';
import { CATALOGUE_FA } from './fa';

/** Every complete catalogue, keyed by language code (core/clients/languages.ts). */
export const DOCUMENT_CATALOGUES: Readonly<Record<string, Catalogue>> = {
  en: CATALOGUE_EN,
  es: CATALOGUE_ES,
  fr: CATALOGUE_FR,
  de: CATALOGUE_DE,
  pt: CATALOGUE_PT,
  zh: CATALOGUE_ZH,
  vi: CATALOGUE_VI,
  ru: CATALOGUE_RU,
  uk: CATALOGUE_UK,
  ar: CATALOGUE_AR,
  he: CATALOGUE_HE,
  fa: CATALOGUE_FA,
};
