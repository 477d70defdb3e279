import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { clockText } from './clock';

// Echoes the key and its values, so the test reads which text was chosen with what.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction<'support'>;

const open = {
  status: 'AWAITING_RESPONSE' as const,
  businessMinutesLeft: 200,
  breached: false,
  dueAt: '2026-12-07T17:00:00.000Z',
};

describe('clockText', () => {
  it('counts down working time while the target is ahead', () => {
    expect(clockText(t, 'en', open)).toMatch(/^clock\.dueIn .*duration\.hoursMinutes.*3.*20/);
  });

  it('counts the working time past the target', () => {
    expect(clockText(t, 'en', { ...open, businessMinutesLeft: -45, breached: true })).toMatch(
      /^clock\.overdue .*duration\.minutes.*45/,
    );
  });

  it('says since when a target passed outside business hours is overdue, never "due in 0 min"', () => {
    const text = clockText(t, 'en', { ...open, businessMinutesLeft: 0, breached: true });
    expect(text).toMatch(/^clock\.overdueSince \{"moment":".*2026.*"\}$/);
  });

  it('is paused while the desk waits for the customer, and stopped after the response', () => {
    expect(clockText(t, 'en', { ...open, waitingOnCustomerSince: open.dueAt })).toMatch(
      /^clock\.paused /,
    );
    expect(clockText(t, 'en', { ...open, status: 'RESPONDED' })).toBe('clock.stopped');
  });
});
