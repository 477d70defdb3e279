import type { Language } from '@forum/web/i18n';

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago" / "vor 3 Tagen"; "now" / "jetzt" for the last minute. */
export function relativeTime(value: string | Date, language: Language, now = Date.now()): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const seconds = Math.round(
    ((typeof value === 'string' ? Date.parse(value) : value.getTime()) - now) / 1000,
  );
  const elapsed = Math.abs(seconds);
  for (const [unit, size] of UNITS) {
    if (elapsed >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}
