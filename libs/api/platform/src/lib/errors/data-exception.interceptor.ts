import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { asTypedDatabaseError } from './data-exception.js';

/**
 * Turns a value PostgreSQL refused into the client's typed error as it leaves the resolver, so
 * Nest does not log it as a failure of ours. The error formatter does the same for errors that
 * bypass interceptors (field resolvers).
 */
@Injectable()
export class DataExceptionInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(catchError((error: unknown) => throwError(() => asTypedDatabaseError(error) ?? error)));
  }
}
