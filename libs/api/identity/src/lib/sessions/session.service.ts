import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ServerConfig } from '@forum/api/platform';
import type { Request, Response } from 'express';
import { Repository, type EntityManager } from 'typeorm';
import type { UserEntity } from '../users/user.entity.js';
import { clientAddress, randomToken, sha256 } from '../viewer/viewer.js';
import { SessionEntity } from './session.entity.js';

export const sessionCookieName = 'forum_session';
const idleLifetimeMs = 30 * 24 * 60 * 60 * 1000;
/** Extending the expiry on every request would write on every request; once an hour is enough. */
const touchIntervalMs = 60 * 60 * 1000;

/** Server-side sessions: the browser keeps an HTTP-only cookie, the database keeps its hash. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly server: ServerConfig,
  ) {}

  /**
   * Signs `user` in on this browser. Any session the browser already had is ended first, so a
   * session id planted before sign-in is worthless afterwards.
   */
  async start(
    user: UserEntity,
    request: Request,
    response: Response,
    manager?: EntityManager,
  ): Promise<string> {
    const repository = manager?.getRepository(SessionEntity) ?? this.sessions;
    const previous = this.tokenFrom(request);
    if (previous) await repository.delete({ tokenHash: sha256(previous) });
    const token = randomToken();
    const now = new Date();
    await repository.insert({
      tokenHash: sha256(token),
      userId: user.id,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + idleLifetimeMs),
      userAgent: request.get('user-agent')?.slice(0, 300) ?? null,
      ipAddress: clientAddress(request).slice(0, 45),
    });
    response.cookie(sessionCookieName, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.server.isProduction,
      path: '/',
      maxAge: idleLifetimeMs,
    });
    return sha256(token);
  }

  /** The session behind the request's cookie, when it exists and has not expired. */
  async find(request: Request): Promise<SessionEntity | null> {
    const token = this.tokenFrom(request);
    if (!token) return null;
    const session = await this.sessions.findOne({
      where: { tokenHash: sha256(token) },
      relations: { user: true },
    });
    if (!session) return null;
    const now = Date.now();
    if (session.expiresAt.getTime() <= now) {
      await this.sessions.delete({ tokenHash: session.tokenHash });
      return null;
    }
    if (now - session.lastSeenAt.getTime() > touchIntervalMs) {
      await this.sessions.update(
        { tokenHash: session.tokenHash },
        { lastSeenAt: new Date(now), expiresAt: new Date(now + idleLifetimeMs) },
      );
    }
    return session;
  }

  async end(tokenHash: string, response: Response): Promise<void> {
    await this.sessions.delete({ tokenHash });
    this.clearCookie(response);
  }

  /** Ends every session of a person, optionally keeping the one making the request. */
  async endAll(userId: string, manager?: EntityManager, except?: string): Promise<void> {
    const repository = manager?.getRepository(SessionEntity) ?? this.sessions;
    const builder = repository.createQueryBuilder().delete().where('user_id = :userId', { userId });
    if (except) builder.andWhere('token_hash <> :except', { except });
    await builder.execute();
  }

  clearCookie(response: Response): void {
    response.clearCookie(sessionCookieName, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.server.isProduction,
    });
  }

  private tokenFrom(request: Request): string | undefined {
    const value: unknown = request.cookies?.[sessionCookieName];
    return typeof value === 'string' && value.length > 0 && value.length < 100 ? value : undefined;
  }
}
