import { describe, expect, it } from '@jest/globals';
import {
  addBusinessMinutes,
  type BusinessHours,
  businessMinutesBetween,
} from './business-hours.js';

const weekdays = [1, 2, 3, 4, 5];
const everyDay = [1, 2, 3, 4, 5, 6, 7];

const berlin: BusinessHours = {
  timeZone: 'Europe/Berlin',
  workingDays: weekdays,
  dayStartMinute: 8 * 60,
  dayEndMinute: 18 * 60,
  holidays: ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01'],
};
const newYork: BusinessHours = {
  timeZone: 'America/New_York',
  workingDays: weekdays,
  dayStartMinute: 9 * 60,
  dayEndMinute: 17 * 60,
  holidays: ['2026-12-25', '2027-01-01'],
};
const roundTheClock: BusinessHours = {
  timeZone: 'UTC',
  workingDays: everyDay,
  dayStartMinute: 0,
  dayEndMinute: 1440,
  holidays: [],
};

const at = (iso: string) => new Date(iso);
const add = (hours: BusinessHours, start: string, minutes: number) =>
  addBusinessMinutes(hours, at(start), minutes).toISOString();

describe('business hours', () => {
  it('counts only working minutes of the day, and carries the rest into the next working day', () => {
    // Tuesday 17:30 in Berlin (CET) plus an hour: 30 minutes today, 30 from Wednesday 08:00.
    expect(add(berlin, '2026-12-01T16:30:00Z', 60)).toBe('2026-12-02T07:30:00.000Z');
    // Within the day.
    expect(add(berlin, '2026-12-01T08:00:00Z', 120)).toBe('2026-12-01T10:00:00.000Z');
    // Asked at night: the clock starts at 08:00.
    expect(add(berlin, '2026-12-01T23:00:00Z', 30)).toBe('2026-12-02T07:30:00.000Z');
  });

  it('skips the weekend', () => {
    // Friday 17:00 Berlin + 2 hours: one on Friday, one from Monday 08:00.
    expect(add(berlin, '2026-12-04T16:00:00Z', 120)).toBe('2026-12-07T08:00:00.000Z');
    // Friday 16:00 New York (EST) + 2 hours: Monday 10:00 EST.
    expect(add(newYork, '2026-12-04T21:00:00Z', 120)).toBe('2026-12-07T15:00:00.000Z');
    expect(
      businessMinutesBetween(berlin, at('2026-12-05T09:00:00Z'), at('2026-12-06T17:00:00Z')),
    ).toBe(0);
  });

  it('skips holidays in the policy’s own time zone', () => {
    // Wednesday 23 Dec 17:00 Berlin + 2 hours: 24, 25, 26 Dec are holidays, then the weekend.
    expect(add(berlin, '2026-12-23T16:00:00Z', 120)).toBe('2026-12-28T08:00:00.000Z');
    // Wednesday 30 Dec 17:30 + 1 hour: New Year's Eve and Day off, then the weekend.
    expect(add(berlin, '2026-12-30T16:30:00Z', 60)).toBe('2027-01-04T07:30:00.000Z');
    // Thursday 24 Dec 16:00 New York + 2 hours: Christmas off, then the weekend.
    expect(add(newYork, '2026-12-24T21:00:00Z', 120)).toBe('2026-12-28T15:00:00.000Z');
    // The first of January is a Friday: Thursday 31 Dec 16:30 + 1 hour lands on Monday.
    expect(add(newYork, '2026-12-31T21:30:00Z', 60)).toBe('2027-01-04T14:30:00.000Z');
  });

  describe('across daylight-saving changes, working hours stay at the same local time', () => {
    const berlinAllWeek = { ...berlin, workingDays: everyDay, holidays: [] };
    const newYorkAllWeek = { ...newYork, workingDays: everyDay, holidays: [] };

    it('Europe/Berlin, last Sunday of March (clocks go forward)', () => {
      // Friday 27 March 17:00 CET + 2 hours: Monday 09:00 CEST (UTC+2).
      expect(add(berlin, '2026-03-27T16:00:00Z', 120)).toBe('2026-03-30T07:00:00.000Z');
      // Working on the Sunday of the change: it starts at 08:00 CEST.
      expect(add(berlinAllWeek, '2026-03-28T16:00:00Z', 120)).toBe('2026-03-29T07:00:00.000Z');
    });

    it('Europe/Berlin, last Sunday of October (clocks go back)', () => {
      // Friday 23 October 17:00 CEST + 2 hours: Monday 09:00 CET (UTC+1).
      expect(add(berlin, '2026-10-23T15:00:00Z', 120)).toBe('2026-10-26T08:00:00.000Z');
      expect(add(berlinAllWeek, '2026-10-24T15:00:00Z', 120)).toBe('2026-10-25T08:00:00.000Z');
    });

    it('America/New_York, second Sunday of March', () => {
      // Friday 6 March 16:00 EST + 2 hours: Monday 10:00 EDT (UTC-4).
      expect(add(newYork, '2026-03-06T21:00:00Z', 120)).toBe('2026-03-09T14:00:00.000Z');
      expect(add(newYorkAllWeek, '2026-03-07T21:00:00Z', 120)).toBe('2026-03-08T14:00:00.000Z');
    });

    it('America/New_York, first Sunday of November', () => {
      // Friday 30 October 16:00 EDT + 2 hours: Monday 10:00 EST (UTC-5).
      expect(add(newYork, '2026-10-30T20:00:00Z', 120)).toBe('2026-11-02T15:00:00.000Z');
      expect(add(newYorkAllWeek, '2026-10-31T20:00:00Z', 120)).toBe('2026-11-01T15:00:00.000Z');
    });

    it('round the clock counts elapsed time through the change', () => {
      const berlinAlways = { ...roundTheClock, timeZone: 'Europe/Berlin' };
      // 23:00 CET on Saturday + 3 hours: the night is an hour shorter, so 03:00 CEST.
      expect(add(berlinAlways, '2026-03-28T22:00:00Z', 180)).toBe('2026-03-29T01:00:00.000Z');
      expect(
        businessMinutesBetween(
          berlinAlways,
          at('2026-10-24T22:00:00Z'),
          at('2026-10-25T23:00:00Z'),
        ),
      ).toBe(25 * 60);
    });
  });

  it('round the clock: a day of target is 24 hours from any moment', () => {
    expect(add(roundTheClock, '2026-12-05T13:14:00Z', 1440)).toBe('2026-12-06T13:14:00.000Z');
    expect(
      businessMinutesBetween(roundTheClock, at('2026-12-05T13:14:00Z'), at('2026-12-07T13:14:30Z')),
    ).toBe(2880);
  });

  it('0 minutes is the start itself in working hours, or the next opening outside them', () => {
    expect(add(berlin, '2026-12-01T10:00:00Z', 0)).toBe('2026-12-01T10:00:00.000Z');
    expect(add(berlin, '2026-12-05T10:00:00Z', 0)).toBe('2026-12-07T07:00:00.000Z');
    expect(
      businessMinutesBetween(berlin, at('2026-12-01T10:00:00Z'), at('2026-12-01T10:00:00Z')),
    ).toBe(0);
    expect(
      businessMinutesBetween(berlin, at('2026-12-01T11:00:00Z'), at('2026-12-01T10:00:00Z')),
    ).toBe(0);
  });

  it('businessMinutesBetween is the inverse of addBusinessMinutes', () => {
    const calendars = [berlin, newYork, roundTheClock];
    const minutes = [1, 59, 60, 480, 600, 601, 1440, 4321];
    for (const hours of calendars) {
      // Every 7 hours over three weeks around the March change in both zones.
      for (let step = 0; step < 72; step += 1) {
        const start = new Date(Date.UTC(2026, 2, 1) + step * 7 * 3_600_000);
        for (const m of minutes) {
          const due = addBusinessMinutes(hours, start, m);
          expect(businessMinutesBetween(hours, start, due)).toBe(m);
        }
      }
    }
  });
});
