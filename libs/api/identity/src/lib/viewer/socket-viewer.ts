import type { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';
import type { SocketAuthenticator } from '@forum/api/platform';
import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import { SessionService } from '../sessions/session.service.js';
import type { Viewer } from './viewer.js';

/**
 * Who opens a GraphQL WebSocket: the person of the session cookie sent with the upgrade request,
 * under the same rules as `ViewerMiddleware` (deleted and suspended people count as not signed
 * in). Browsers send no Authorization header on a WebSocket, so API tokens do not apply here.
 */
const parseCookies = cookieParser();

@Injectable()
export class SocketViewer implements SocketAuthenticator {
  constructor(private readonly sessions: SessionService) {}

  async viewerOf(request: IncomingMessage): Promise<Viewer | undefined> {
    // The same parser as the HTTP path, which the upgrade request never passed through.
    const withCookies = request as unknown as Request;
    parseCookies(withCookies, {} as Response, () => undefined);
    const session = await this.sessions.find(withCookies);
    if (!session?.user || session.user.deletedAt || session.user.isSuspended()) return undefined;
    return {
      user: session.user,
      via: 'session',
      sessionTokenHash: session.tokenHash,
      address: request.socket.remoteAddress ?? 'unknown',
    };
  }
}
