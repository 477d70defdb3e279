import { ForumException } from '@forum/api/platform';
import { DeadMailErrorReason, ErrorKind } from '@forum/shared/domain';

export const DeadMailExceptionCode = DeadMailErrorReason;
export type DeadMailExceptionCode = DeadMailErrorReason;

const kinds: Record<DeadMailExceptionCode, ErrorKind> = {
  [DeadMailErrorReason.DeadMailNotFound]: ErrorKind.NotFound,
  [DeadMailErrorReason.DeadMailAlreadyResent]: ErrorKind.Conflict,
  [DeadMailErrorReason.DeadMailLinkExpired]: ErrorKind.Conflict,
};

/** Why dead letters cannot be resent; `details.ids` names the letters concerned. */
export class DeadMailException extends ForumException {
  constructor(code: DeadMailExceptionCode, message: string, ids: string[]) {
    super(kinds[code], code, message, { ids });
  }
}
