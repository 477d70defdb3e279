import type { Language } from '../languages';
import type { Translations } from './en';
import { ideasDe } from './ideas.de';
import { ideasEn } from './ideas.en';

export type IdeasResources = Translations<typeof ideasEn>;

/** The `ideas` namespace in every language; imported by the idea pages only. */
export const ideasResources: Record<Language, IdeasResources> = { en: ideasEn, de: ideasDe };
