import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { ApiTokenService } from '../api-tokens/api-token.service.js';
import { SessionService } from '../sessions/session.service.js';
import { clientAddress, type RequestWithViewer } from './viewer.js';

/**
 * Works out who is calling: a personal access token in `Authorization: Bearer`, else the session
 * cookie. Deleted and suspended people count as not signed in.
 */
@Injectable()
export class ViewerMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionService,
    private readonly apiTokens: ApiTokenService,
  ) {}

  async use(request: RequestWithViewer, _response: Response, next: NextFunction): Promise<void> {
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
      next(error);
    }
  }
}
