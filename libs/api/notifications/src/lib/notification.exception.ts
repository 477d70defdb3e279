import { ForumException } from '@forum/api/platform';
import { ErrorKind, NotificationErrorReason } from '@forum/shared/domain';

/** The reason codes, shared with the web app through `@forum/shared/domain`. */
export const NotificationExceptionCode = NotificationErrorReason;
export type NotificationExceptionCode = NotificationErrorReason;

const kindOf: Record<NotificationExceptionCode, ErrorKind> = {
  NOTIFICATION_NOT_FOUND: ErrorKind.NotFound,
  UNSUBSCRIBE_TOKEN_INVALID: ErrorKind.BadUserInput,
  UNSUBSCRIBE_TOKEN_EXPIRED: ErrorKind.BadUserInput,
};

/** Every expected failure of the notifications domain, with a stable reason code. */
export class NotificationException extends ForumException {
  constructor(code: NotificationExceptionCode, message: string) {
    super(kindOf[code], code, message);
  }
}
