import type { TFunction } from 'i18next';

export type DeskStatus = 'AWAITING_RESPONSE' | 'RESPONDED' | 'SOLVED' | 'CLOSED';

/** Roles that work the support desk (product managers do not). */
export const deskRoles: readonly string[] = ['EXPERT', 'MODERATOR', 'ADMIN'];
export const isDeskStaff = (role: string | null | undefined): boolean =>
  role !== null && role !== undefined && deskRoles.includes(role);

/** "3 h 20 min", "45 min", "2 d 4 h"; whole minutes. */
export function formatDuration(t: TFunction<'support'>, totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  if (minutes < 60) return t('duration.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0
      ? t('duration.hours', { hours })
      : t('duration.hoursMinutes', { hours, minutes: rest });
  }
  return t('duration.days', { days: Math.floor(hours / 24), hours: hours % 24 });
}

/**
 * What the response clock says: time left, overdue, paused or stopped. Outside business hours no
 * working minute passes, so a target that passed since then says when it passed.
 */
export function clockText(
  t: TFunction<'support'>,
  language: string,
  supportCase: {
    status: DeskStatus;
    businessMinutesLeft: number;
    breached: boolean;
    dueAt: string;
    waitingOnCustomerSince?: string | null;
  },
): string {
  if (supportCase.status !== 'AWAITING_RESPONSE') return t('clock.stopped');
  const left = supportCase.businessMinutesLeft;
  const duration = formatDuration(t, Math.abs(left));
  const overdue = left < 0 || supportCase.breached;
  if (supportCase.waitingOnCustomerSince) {
    return overdue ? t('clock.pausedOverdue', { duration }) : t('clock.paused', { duration });
  }
  if (!overdue) return t('clock.dueIn', { duration });
  return left < 0
    ? t('clock.overdue', { duration })
    : t('clock.overdueSince', { moment: formatMoment(language, supportCase.dueAt) });
}

export function formatMoment(language: string, iso: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** A `datetime-local` value (local wall time) for a moment. */
export function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
