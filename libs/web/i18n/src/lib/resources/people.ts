import type { Language } from '../languages';
import type { Translations } from './en';
import { peopleDe } from './people.de';
import { peopleEn } from './people.en';

export type PeopleResources = Translations<typeof peopleEn>;

/** The `people` namespace in every language; imported by the profile and badge pages only. */
export const peopleResources: Record<Language, PeopleResources> = { en: peopleEn, de: peopleDe };
