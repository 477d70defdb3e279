export const tagPattern = /^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$|^[a-z0-9]$/;

/**
 * The stored and shown form of a tag or title: `Password Reset` -> `password-reset`, umlauts kept
 * readable (`Überweisung` -> `ueberweisung`). The API and the web app must agree on it.
 */
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
  return tagPattern.test(slug);
}
