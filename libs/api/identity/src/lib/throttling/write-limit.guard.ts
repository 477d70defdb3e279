import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { asTypedDatabaseError, ForumException } from '@forum/api/platform';
import { mutationWriteClass, type WriteClass } from '@forum/shared/domain';
import type { Response } from 'express';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { clientAddress, type RequestWithViewer } from '../viewer/viewer.js';
import { WriteLimits } from './write-limits.js';

/**
 * Counts every GraphQL mutation against the limit of its class in `mutationWriteClass` before it
 * runs, so a refused write changes nothing. A refusal is RATE_LIMITED with `retryAfterSeconds`,
 * and the HTTP response carries `Retry-After` (the longest wait when several mutations of one
 * request are refused).
 */
@Injectable()
export class WriteLimitGuard implements CanActivate {
  constructor(private readonly limits: WriteLimits) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const graphql = GqlExecutionContext.create(context);
    const info = graphql.getInfo<{ parentType: { name: string }; fieldName: string }>();
    if (info.parentType.name !== 'Mutation') return true;
    const writeClass: WriteClass | undefined = (
      mutationWriteClass as Record<string, WriteClass | undefined>
    )[info.fieldName];
    if (!writeClass) {
      throw new IdentityException(
        IdentityExceptionCode.AccessDenied,
        'This action is not available.',
      );
    }
    const { req, res } = graphql.getContext<{ req: RequestWithViewer; res?: Response }>();
    try {
      await this.limits.consume(writeClass, req.viewer, clientAddress(req));
    } catch (error) {
      if (
        error instanceof ForumException &&
        typeof error.details?.['retryAfterSeconds'] === 'number'
      ) {
        setRetryAfter(res, error.details['retryAfterSeconds']);
      }
      // Guards run before the resolver's interceptors: type a database failure here.
      throw asTypedDatabaseError(error) ?? error;
    }
    return true;
  }
}

function setRetryAfter(res: Response | undefined, seconds: number): void {
  if (!res || res.headersSent) return;
  const current = Number(res.getHeader('retry-after') ?? 0);
  res.setHeader('Retry-After', String(Math.max(current, seconds)));
}
