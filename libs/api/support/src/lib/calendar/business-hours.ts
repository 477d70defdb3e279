import { DateTime } from 'luxon';

/**
 * When a product's support desk works: its time zone, working days (ISO weekdays, Monday = 1),
 * the local working window of each day in minutes after midnight, and its holidays as local
 * dates (`YYYY-MM-DD`). Response-time targets count only minutes inside these hours.
 */
export interface BusinessHours {
  timeZone: string;
  workingDays: readonly number[];
  dayStartMinute: number;
  dayEndMinute: number;
  holidays: readonly string[];
}

/** A calendar with no working day in this many days has none at all; valid hours never get here. */
const maxDaysScanned = 3 * 366;
const minuteMs = 60_000;

function atMinute(day: DateTime, minute: number): DateTime {
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60 });
}

/** The working windows of local days from the one holding `from`, in order. */
function* workingWindows(hours: BusinessHours, from: Date): Generator<{ start: Date; end: Date }> {
  const holidays = new Set(hours.holidays);
  let day = DateTime.fromJSDate(from, { zone: hours.timeZone }).startOf('day');
  for (let scanned = 0; scanned < maxDaysScanned; scanned += 1, day = day.plus({ days: 1 })) {
    if (!hours.workingDays.includes(day.weekday) || holidays.has(day.toISODate() ?? '')) continue;
    // Local wall-clock times, so a working day across a daylight-saving change keeps its hours.
    // (Luxon adds minutes as elapsed time, so the wall-clock time is set instead.)
    const start = atMinute(day, hours.dayStartMinute).toJSDate();
    const end =
      hours.dayEndMinute >= 24 * 60
        ? day.plus({ days: 1 }).toJSDate()
        : atMinute(day, hours.dayEndMinute).toJSDate();
    if (end > from) yield { start, end };
  }
  throw new Error(`No working day within ${maxDaysScanned} days in ${hours.timeZone}`);
}

/** The moment `minutes` working minutes after `start`. */
export function addBusinessMinutes(hours: BusinessHours, start: Date, minutes: number): Date {
  let left = minutes * minuteMs;
  for (const window of workingWindows(hours, start)) {
    const from = Math.max(window.start.getTime(), start.getTime());
    const available = window.end.getTime() - from;
    if (left <= available) return new Date(from + left);
    left -= available;
  }
  throw new Error('unreachable: workingWindows ends by throwing');
}

/** Working minutes between two moments (0 when `to` is not after `from`), rounded down. */
export function businessMinutesBetween(hours: BusinessHours, from: Date, to: Date): number {
  if (to <= from) return 0;
  let total = 0;
  for (const window of workingWindows(hours, from)) {
    if (window.start >= to) break;
    const start = Math.max(window.start.getTime(), from.getTime());
    const end = Math.min(window.end.getTime(), to.getTime());
    total += Math.max(0, end - start);
  }
  return Math.floor(total / minuteMs);
}
