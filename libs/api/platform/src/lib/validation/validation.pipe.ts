import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ErrorKind } from '@forum/shared/domain';
import { ForumException } from '../errors/forum.exception.js';

/** Field path -> what is wrong with it, e.g. `{ "input.title": ["title must be longer ..."] }`. */
function collectProblems(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    Object.assign(fields, collectProblems(error.children ?? [], path));
  }
  return fields;
}

/**
 * Validates every argument and input with its class-validator rules; failures come back as
 * BAD_USER_INPUT / VALIDATION_FAILED naming each offending field, before any service runs.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) =>
      new ForumException(
        ErrorKind.BadUserInput,
        'VALIDATION_FAILED',
        'Some fields are not valid.',
        {
          fields: collectProblems(errors),
        },
      ),
  });
}
