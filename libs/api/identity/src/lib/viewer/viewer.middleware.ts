import { Injectable, type NestMiddleware } from '@nestjs/common';
import { asTypedDatabaseError, graphqlErrorResponse } from '@forum/api/platform';
import type { NextFunction, Response } from 'express';
import { ApiTokenService } from '../api-tokens/api-token.service.js';
import { SessionService } from '../sessions/session.service.js';
import { clientAddress, type RequestWithViewer } from './viewer.js';

/**
 * Works out who is calling: a personal access token in `Authorization: Bearer`, else the session
 * cookie. Deleted and suspended people count as not signed in. When the database cannot tell, the
 * request ends here with the typed error (SERVICE_UNAVAILABLE), in GraphQL's shape for /graphql.
 */
@Injectable()
export class ViewerMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionService,
    private readonly apiTokens: ApiTokenService,
  ) {}

  async use(request: RequestWithViewer, response: Response, next: NextFunction): Promise<void> {
    try {
      const authorization = request.get('authorization');
      if (authorization?.startsWith('Bearer ')) {
        const apiToken = await this.apiTokens.authenticate(
          authorization.slice('Bearer '.length).trim(),
        );
        if (apiToken?.user && !apiToken.user.deletedAt && !apiToken.user.isSuspended()) {
          request.viewer = {
            user: apiToken.user,
            via: 'token',
            tokenScope: apiToken.scope,
            address: clientAddress(request),
            tokenId: apiToken.id,
          };
        }
      } else {
        const session = await this.sessions.find(request);
        if (session?.user && !session.user.deletedAt && !session.user.isSuspended()) {
          request.viewer = {
            user: session.user,
            via: 'session',
            sessionTokenHash: session.tokenHash,
            address: clientAddress(request),
          };
        }
      }
      next();
    } catch (error) {
      const typed = asTypedDatabaseError(error);
      if (!typed) return next(error);
      // Who is calling is unknown (PostgreSQL unreachable, or too slow): answer the way GraphQL
      // answers every other caller then, not as an anonymous visitor and not as a plain 500.
      response.setHeader('retry-after', '5');
      if (request.originalUrl.startsWith('/graphql')) {
        response.status(200).json(graphqlErrorResponse(typed));
      } else {
        response
          .status(503)
          .json({ code: typed.kind, reason: typed.reason, message: typed.message });
      }
    }
  }
}
