import { useMemo } from 'react';
import { useLanguage } from './useLanguage';
import type { Language } from './languages';

export interface Formatters {
  /** "14:03:12" / "2:03:12 PM", with the date when it is not today. */
  dateTime: (value: Date | string) => string;
  /** "3 Mar 2026" / "03.03.2026". */
  date: (value: Date | string) => string;
  /** "1,234,567" / "1.234.567". */
  number: (value: number) => string;
  /** "12 ms". */
  milliseconds: (value: number) => string;
  /** "3 d, 4 hr" / "3 T., 4 Std.": the two largest units of a duration in seconds. */
  duration: (seconds: number) => string;
}

const DURATION_UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
] as const;

export function createFormatters(language: Language): Formatters {
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
  const dateAndTime = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const ms = new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'millisecond',
    unitDisplay: 'short',
    maximumFractionDigits: 0,
  });
  const units = new Map(
    DURATION_UNITS.map(([unit]) => [
      unit,
      new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }),
    ]),
  );
  const list = new Intl.ListFormat(language, { style: 'narrow', type: 'unit' });

  return {
    dateTime(value) {
      const date = typeof value === 'string' ? new Date(value) : value;
      const isToday = date.toDateString() === new Date().toDateString();
      return (isToday ? time : dateAndTime).format(date);
    },
    date: (value) => day.format(typeof value === 'string' ? new Date(value) : value),
    number: (value) => numbers.format(value),
    milliseconds: (value) => ms.format(value),
    duration(seconds) {
      let rest = Math.max(0, Math.floor(seconds));
      const parts: string[] = [];
      for (const [unit, size] of DURATION_UNITS) {
        const amount = Math.floor(rest / size);
        rest -= amount * size;
        if (amount > 0 || (unit === 'second' && parts.length === 0)) {
          parts.push(units.get(unit)?.format(amount) ?? String(amount));
        }
        if (parts.length === 2) break;
      }
      return list.format(parts);
    },
  };
}

/** Number, date and duration formatting in the language the page is shown in. */
export function useFormatters(): Formatters {
  const { language } = useLanguage();
  return useMemo(() => createFormatters(language), [language]);
}
