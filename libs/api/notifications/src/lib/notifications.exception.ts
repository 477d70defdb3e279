import { ForumException } from '@forum/api/platform';
import { ErrorKind, NotificationErrorReason } from '@forum/shared/domain';

export const NotificationsExceptionCode = NotificationErrorReason;
export type NotificationsExceptionCode = NotificationErrorReason;

const kindOf: Record<NotificationsExceptionCode, ErrorKind> = {
  UNSUBSCRIBE_TOKEN_INVALID: ErrorKind.BadUserInput,
  UNSUBSCRIBE_TOKEN_EXPIRED: ErrorKind.BadUserInput,
};

export class NotificationsException extends ForumException {
  constructor(code: NotificationsExceptionCode, message: string) {
    super(kindOf[code], code, message);
  }
}
