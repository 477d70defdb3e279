import { ForumException } from '@forum/api/platform';
import { ErrorKind, SupportSettingsErrorReason } from '@forum/shared/domain';

/** The reason codes, shared with the web app through `@forum/shared/domain`. */
export const SupportSettingsExceptionCode = SupportSettingsErrorReason;
export type SupportSettingsExceptionCode = SupportSettingsErrorReason;

const kindOf: Record<SupportSettingsExceptionCode, ErrorKind> = {
  EXPERT_NOT_FOUND: ErrorKind.NotFound,
  NOT_SUPPORT_STAFF: ErrorKind.BadUserInput,
  UNKNOWN_PRODUCTS: ErrorKind.BadUserInput,
  UNKNOWN_TAGS: ErrorKind.BadUserInput,
  INVALID_AWAY_UNTIL: ErrorKind.BadUserInput,
  POLICY_PRODUCT_NOT_FOUND: ErrorKind.NotFound,
  INVALID_TIME_ZONE: ErrorKind.BadUserInput,
  INVALID_WORKING_DAYS: ErrorKind.BadUserInput,
  INVALID_WORKING_HOURS: ErrorKind.BadUserInput,
  INVALID_HOLIDAYS: ErrorKind.BadUserInput,
  INVALID_RESPONSE_TARGET: ErrorKind.BadUserInput,
  INVALID_WARN_PERCENT: ErrorKind.BadUserInput,
  INVALID_ADMIN_PERCENT: ErrorKind.BadUserInput,
  INVALID_LEAD_EXPERT: ErrorKind.BadUserInput,
};

/** Every expected failure of the expert-area, time-away and support-policy settings. */
export class SupportSettingsException extends ForumException {
  constructor(
    code: SupportSettingsExceptionCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(kindOf[code], code, message, details);
  }
}
