import { ErrorKind } from '@forum/shared/domain';

/**
 * The base of every expected failure. A domain subclasses it once with its own code enum
 * (`QuestionException` + `QuestionExceptionCode`); the GraphQL edge maps `kind` to
 * `extensions.code` and `reason` to `extensions.reason`.
 */
export class ForumException extends Error {
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
