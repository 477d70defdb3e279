import type { Language } from '../languages';
import type { Translations } from './en';
import { solvedCheckDe } from './solvedCheck.de';
import { solvedCheckEn } from './solvedCheck.en';

export type SolvedCheckResources = Translations<typeof solvedCheckEn>;

/** The `solvedCheck` namespace in every language; imported by the "is it solved?" page only. */
export const solvedCheckResources: Record<Language, SolvedCheckResources> = {
  en: solvedCheckEn,
  de: solvedCheckDe,
};
