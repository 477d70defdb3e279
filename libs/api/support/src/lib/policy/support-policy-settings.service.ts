import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@forum/api/identity';
import { ProductService, toProduct } from '@forum/api/qna';
import { isSupportStaff } from '@forum/shared/domain';
import { DateTime, IANAZone } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import { ExpertAreas } from '../areas/expert-areas.service.js';
import {
  SupportSettingsException,
  SupportSettingsExceptionCode,
} from '../areas/support-settings.exception.js';
import {
  SupportPolicies,
  type SupportPolicy as SupportPolicyValue,
} from './support-policies.service.js';
import {
  SupportPolicy,
  supportPolicyLimits,
  type UpdateSupportPolicyInput,
} from './support-policy.models.js';
import { SupportPolicyEntity } from './support-policy.entity.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function fail(code: SupportSettingsExceptionCode, message: string): never {
  throw new SupportSettingsException(code, message);
}

/** Reads policies for the admin page and saves them, checked field by field. */
@Injectable()
export class SupportPolicySettings {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: SupportPolicies,
    private readonly products: ProductService,
    private readonly users: UserService,
    private readonly areas: ExpertAreas,
  ) {}

  async get(productId: string): Promise<SupportPolicy> {
    const [product] = await this.products.findByIds([productId]);
    if (!product) {
      fail(SupportSettingsExceptionCode.PolicyProductNotFound, 'No such product.');
    }
    return this.view(this.dataSource.manager, product);
  }

  /** Every product with its policy or the defaults, by product name. */
  async list(): Promise<SupportPolicy[]> {
    const products = await this.products.list();
    return Promise.all(products.map((product) => this.view(this.dataSource.manager, product)));
  }

  async update(input: UpdateSupportPolicyInput): Promise<SupportPolicy> {
    const holidays = this.validate(input);
    const [product] = await this.products.findByIds([input.productId]);
    if (!product) {
      fail(SupportSettingsExceptionCode.PolicyProductNotFound, 'No such product.');
    }
    const leadExpertId = input.leadExpertId ?? null;
    return this.dataSource.transaction(async (manager) => {
      if (leadExpertId) await this.checkLeadExpert(manager, leadExpertId, input.productId);
      await manager.query(
        `INSERT INTO support_policy (product_id, time_zone, working_days, day_start_minute,
           day_end_minute, holidays, first_response_target_minutes, warn_at_percent,
           admin_escalation_percent, lead_expert_id, clock_stops_at, updated_at)
         VALUES ($1, $2, $3::smallint[], $4, $5, $6::date[], $7, $8, $9, $10, $11, now())
         ON CONFLICT (product_id) DO UPDATE SET
           time_zone = EXCLUDED.time_zone, working_days = EXCLUDED.working_days,
           day_start_minute = EXCLUDED.day_start_minute, day_end_minute = EXCLUDED.day_end_minute,
           holidays = EXCLUDED.holidays,
           first_response_target_minutes = EXCLUDED.first_response_target_minutes,
           warn_at_percent = EXCLUDED.warn_at_percent,
           admin_escalation_percent = EXCLUDED.admin_escalation_percent,
           lead_expert_id = EXCLUDED.lead_expert_id, clock_stops_at = EXCLUDED.clock_stops_at,
           updated_at = now()`,
        [
          input.productId,
          input.timeZone,
          [...new Set(input.workingDays)].sort((a, b) => a - b),
          input.dayStartMinute,
          input.dayEndMinute,
          holidays,
          input.firstResponseTargetMinutes,
          input.warnAtPercent,
          input.adminEscalationPercent,
          leadExpertId,
          input.clockStopsAt,
        ],
      );
      return this.view(manager, product);
    });
  }

  /** Checks every field; returns the holidays sorted and without repeats. */
  private validate(input: UpdateSupportPolicyInput): string[] {
    const limits = supportPolicyLimits;
    if (!IANAZone.isValidZone(input.timeZone)) {
      fail(SupportSettingsExceptionCode.InvalidTimeZone, 'Unknown time zone.');
    }
    const days = input.workingDays;
    if (
      days.length === 0 ||
      new Set(days).size !== days.length ||
      days.some((day) => !Number.isInteger(day) || day < 1 || day > 7)
    ) {
      fail(
        SupportSettingsExceptionCode.InvalidWorkingDays,
        'Working days are weekdays 1 to 7, each once, at least one.',
      );
    }
    if (
      input.dayStartMinute < 0 ||
      input.dayEndMinute > 1440 ||
      input.dayStartMinute >= input.dayEndMinute
    ) {
      fail(
        SupportSettingsExceptionCode.InvalidWorkingHours,
        'The working day starts at or after midnight and ends after its start, by midnight.',
      );
    }
    if (
      input.holidays.length > limits.holidaysMax ||
      input.holidays.some(
        (day) => !isoDate.test(day) || !DateTime.fromISO(day, { zone: 'UTC' }).isValid,
      )
    ) {
      fail(
        SupportSettingsExceptionCode.InvalidHolidays,
        `Holidays are up to ${limits.holidaysMax} dates written YYYY-MM-DD.`,
      );
    }
    if (
      input.firstResponseTargetMinutes < limits.targetMinutesMin ||
      input.firstResponseTargetMinutes > limits.targetMinutesMax
    ) {
      fail(
        SupportSettingsExceptionCode.InvalidResponseTarget,
        'The target is 15 minutes to 30 days of working time.',
      );
    }
    if (
      input.warnAtPercent < limits.warnPercentMin ||
      input.warnAtPercent > limits.warnPercentMax
    ) {
      fail(SupportSettingsExceptionCode.InvalidWarnPercent, 'The reminder is at 10 to 99 percent.');
    }
    if (
      input.adminEscalationPercent < limits.adminPercentMin ||
      input.adminEscalationPercent > limits.adminPercentMax
    ) {
      fail(
        SupportSettingsExceptionCode.InvalidAdminPercent,
        'Admins are told at 101 to 1000 percent.',
      );
    }
    return [...new Set(input.holidays)].sort();
  }

  private async checkLeadExpert(
    manager: EntityManager,
    userId: string,
    productId: string,
  ): Promise<void> {
    // The same lock as area changes, so the lead cannot stop covering the product meanwhile.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('expert_settings:' || $1))`, [
      userId,
    ]);
    const user = await this.users.findById(userId, manager);
    const covers =
      user !== null &&
      !user.deletedAt &&
      isSupportStaff(user.role) &&
      (await this.areas.areasOf(manager, userId)).productIds.includes(productId);
    if (!covers) {
      fail(
        SupportSettingsExceptionCode.InvalidLeadExpert,
        'The lead expert is staff who cover this product.',
      );
    }
  }

  private async view(
    manager: EntityManager,
    product: Parameters<typeof toProduct>[0],
  ): Promise<SupportPolicy> {
    const policy: SupportPolicyValue = await this.policies.forProduct(manager, product.id);
    const saved = await manager.existsBy(SupportPolicyEntity, { productId: product.id });
    return Object.assign(new SupportPolicy(), {
      product: toProduct(product),
      isDefault: !saved,
      timeZone: policy.hours.timeZone,
      workingDays: [...policy.hours.workingDays],
      dayStartMinute: policy.hours.dayStartMinute,
      dayEndMinute: policy.hours.dayEndMinute,
      holidays: [...policy.hours.holidays],
      firstResponseTargetMinutes: policy.firstResponseTargetMinutes,
      warnAtPercent: policy.warnAtPercent,
      adminEscalationPercent: policy.adminEscalationPercent,
      leadExpertId: policy.leadExpertId,
      clockStopsAt: policy.clockStopsAt,
    });
  }
}
