import { questionLimits } from '@forum/shared/domain';

// The API's rules for tags (libs/api/qna tag.service): the slug is what is stored and shown.
const TAG_PATTERN = /^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$|^[a-z0-9]$/;

/** `Password Reset` -> `password-reset`; umlauts stay readable (`Überweisung` -> `ueberweisung`). */
export function tagSlug(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** 1 to 40 lower-case letters, digits and inner hyphens. */
export function isValidTag(slug: string): boolean {
  return TAG_PATTERN.test(slug);
}

export const MAX_TAGS = questionLimits.tagsMax;
