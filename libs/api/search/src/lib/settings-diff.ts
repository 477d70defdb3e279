import type { Settings } from 'meilisearch';

/**
 * Settings whose lists are sets: Meilisearch stores them sorted and without duplicates (stop words
 * in another Unicode normal form than the definition's "für"), so a definition may list them in any
 * order and repeat an entry.
 */
const setSettings = new Set([
  'filterableAttributes',
  'sortableAttributes',
  'stopWords',
  'separatorTokens',
  'nonSeparatorTokens',
  'dictionary',
]);

/**
 * The settings of `wanted` that differ from `current` (what Meilisearch returned), compared the
 * way Meilisearch stores them: set-like lists and synonyms ignore order and duplicates, and
 * objects match when every field the definition names matches, so fields Meilisearch fills in
 * with defaults (`faceting.sortFacetValuesBy`, `typoTolerance.minWordSizeForTypos`) count as
 * equal. A definition that wants such a field back at its default names it explicitly.
 */
export function differingSettings(current: Settings, wanted: Settings): Settings {
  const differing: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    if (!settingMatches(key, current[key as keyof Settings], value)) differing[key] = value;
  }
  return differing as Settings;
}

function settingMatches(key: string, current: unknown, wanted: unknown): boolean {
  if (setSettings.has(key)) return sameJson(asSet(current), asSet(wanted));
  if (key === 'synonyms') return sameJson(normalisedSynonyms(current), normalisedSynonyms(wanted));
  return covers(current, wanted);
}

/** Whether `current` has every field of `wanted` with the same value (arrays keep their order). */
function covers(current: unknown, wanted: unknown): boolean {
  if (isPlainObject(wanted)) {
    return (
      isPlainObject(current) &&
      Object.entries(wanted).every(([key, value]) => covers(current[key], value))
    );
  }
  if (Array.isArray(wanted)) {
    return (
      Array.isArray(current) &&
      current.length === wanted.length &&
      wanted.every((item, i) => covers(current[i], item))
    );
  }
  // Meilisearch answers `null` for a setting the definition leaves out with `undefined`.
  return (current ?? null) === (wanted ?? null);
}

function asSet(value: unknown): unknown {
  if (!Array.isArray(value)) return value ?? [];
  return [...new Set(value.map((item) => JSON.stringify(item).normalize('NFC')))].sort();
}

function normalisedSynonyms(value: unknown): unknown {
  if (!isPlainObject(value)) return value ?? {};
  const entries = Object.entries(value).map(
    ([word, others]) => [word.normalize('NFC'), asSet(others)] as const,
  );
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
