import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addBusinessMinutes, type BusinessHours } from '../calendar/business-hours.js';
import { ClockStop, SupportPolicyEntity } from './support-policy.entity.js';

/** A product's support promise, with the defaults filled in for products that set none. */
export interface SupportPolicy {
  productId: string;
  hours: BusinessHours;
  firstResponseTargetMinutes: number;
  warnAtPercent: number;
  adminEscalationPercent: number;
  leadExpertId: string | null;
  clockStopsAt: ClockStop;
}

export const defaultSupportPolicy: Omit<SupportPolicy, 'productId'> = {
  hours: {
    timeZone: 'UTC',
    workingDays: [1, 2, 3, 4, 5, 6, 7],
    dayStartMinute: 0,
    dayEndMinute: 1440,
    holidays: [],
  },
  firstResponseTargetMinutes: 24 * 60,
  warnAtPercent: 75,
  adminEscalationPercent: 150,
  leadExpertId: null,
  clockStopsAt: ClockStop.StaffAnswer,
};

/**
 * A `date` as `YYYY-MM-DD`. The pg driver reads `date[]` elements as Dates at local midnight, so
 * the local calendar fields are the stored date.
 */
function isoDay(value: string | Date): string {
  if (typeof value === 'string') return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/** Reads each product's support policy; the one place the defaults live. */
@Injectable()
export class SupportPolicies {
  async forProduct(manager: EntityManager, productId: string): Promise<SupportPolicy> {
    const row = await manager.findOneBy(SupportPolicyEntity, { productId });
    if (!row) return { productId, ...defaultSupportPolicy };
    return {
      productId,
      hours: {
        timeZone: row.timeZone,
        workingDays: row.workingDays,
        dayStartMinute: row.dayStartMinute,
        dayEndMinute: row.dayEndMinute,
        holidays: row.holidays.map(isoDay),
      },
      firstResponseTargetMinutes: row.firstResponseTargetMinutes,
      warnAtPercent: row.warnAtPercent,
      adminEscalationPercent: row.adminEscalationPercent,
      leadExpertId: row.leadExpertId,
      clockStopsAt: row.clockStopsAt,
    };
  }
}

/** The moment a share (in percent) of the policy's first-response target has passed since `start`. */
export function targetMoment(policy: SupportPolicy, start: Date, percent = 100): Date {
  return addBusinessMinutes(
    policy.hours,
    start,
    Math.round((policy.firstResponseTargetMinutes * percent) / 100),
  );
}
