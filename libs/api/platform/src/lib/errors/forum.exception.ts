import { IntrinsicException } from '@nestjs/common';
import { ErrorKind } from '@forum/shared/domain';

/**
 * The base of every expected failure. A domain subclasses it once with its own code enum
 * (`QuestionException` + `QuestionExceptionCode`); the GraphQL edge maps `kind` to
 * `extensions.code` and `reason` to `extensions.reason`. Expected failures are not errors of
 * the service, so Nest does not log them (IntrinsicException); the GraphQL error formatter
 * logs only the unexpected ones.
 */
export class ForumException extends IntrinsicException {
  constructor(
    readonly kind: ErrorKind,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
