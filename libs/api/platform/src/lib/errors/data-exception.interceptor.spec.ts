import { describe, expect, it } from '@jest/globals';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { firstValueFrom, throwError } from 'rxjs';
import { DataExceptionInterceptor } from './data-exception.interceptor.js';
import { ForumException } from './forum.exception.js';

const context = {} as ExecutionContext;
const failingWith = (error: unknown): CallHandler => ({ handle: () => throwError(() => error) });

describe('DataExceptionInterceptor', () => {
  const interceptor = new DataExceptionInterceptor();

  it('turns a value PostgreSQL refused into the typed INVALID_VALUE error', async () => {
    const refused = Object.assign(new Error('invalid input syntax for type uuid: "x"'), {
      driverError: { code: '22P02' },
    });
    await expect(
      firstValueFrom(interceptor.intercept(context, failingWith(refused))),
    ).rejects.toEqual(expect.objectContaining({ kind: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' }));
  });

  it('lets every other error through unchanged', async () => {
    const unique = Object.assign(new Error('duplicate key'), { driverError: { code: '23505' } });
    const domain = new ForumException('CONFLICT', 'ANSWER_ALREADY_ACCEPTED', 'Already accepted.');
    for (const error of [unique, domain, new Error('boom')]) {
      await expect(firstValueFrom(interceptor.intercept(context, failingWith(error)))).rejects.toBe(
        error,
      );
    }
  });
});
