import type { ApolloServerPlugin } from '@apollo/server';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { EdgeErrorReason } from '@forum/shared/domain';
import type { Request } from 'express';
import { type Observable, throwError, timeout } from 'rxjs';
import { requestTimeout } from '../errors/data-exception.js';

/** The moment each running query must be answered by, keyed by its HTTP request. */
const deadlines = new WeakMap<Request, number>();

const logger = new Logger('RequestDeadline');

/**
 * Gives every GraphQL query a deadline, `timeoutMs` after it arrived. Past it, no further field
 * starts resolving: each one answers REQUEST_TIMEOUT instead, so a slow request stops creating
 * work, and the response carries that error once. The {@link RequestDeadlineInterceptor} answers a
 * root field still waiting at the deadline.
 *
 * Mutations have no deadline: a client told that a write timed out could not know whether it
 * happened. Each of their statements is bounded by PostgreSQL's `statement_timeout` instead.
 */
export function requestDeadlinePlugin(timeoutMs: number): ApolloServerPlugin<{ req: Request }> {
  return {
    async requestDidStart({ contextValue }) {
      if (timeoutMs <= 0) return;
      const deadline = Date.now() + timeoutMs;
      let timedOut = false;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'query') deadlines.set(contextValue.req, deadline);
        },
        async executionDidStart({ operation }) {
          if (operation.operation !== 'query') return;
          return {
            willResolveField() {
              if (Date.now() < deadline) return;
              timedOut = true;
              throw requestTimeout();
            },
          };
        },
        async willSendResponse({ response, operationName }) {
          deadlines.delete(contextValue.req);
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          const isTimeout = (error: { extensions?: Record<string, unknown> }) =>
            error.extensions?.['reason'] === EdgeErrorReason.RequestTimeout;
          if (!timedOut && !errors?.some(isTimeout)) return;
          logger.warn({ operationName, timeoutMs }, 'GraphQL request ran out of time');
          // One timeout error is enough, however many fields it stopped.
          const first = errors?.findIndex(isTimeout) ?? -1;
          response.body.singleResult.errors = errors?.filter(
            (error, index) => index === first || !isTimeout(error),
          );
        },
      };
    },
  };
}

/**
 * Answers a query's root field that is still running at the request's deadline with
 * REQUEST_TIMEOUT, rather than waiting for it; its statements end by their own time limit.
 */
@Injectable()
export class RequestDeadlineInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const request = GqlExecutionContext.create(context).getContext<{ req?: Request }>().req;
    const deadline = request && deadlines.get(request);
    if (deadline === undefined) return next.handle();
    return next.handle().pipe(
      timeout({
        first: Math.max(0, deadline - Date.now()),
        with: () => throwError(requestTimeout),
      }),
    );
  }
}
