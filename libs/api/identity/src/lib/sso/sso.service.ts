import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SsoConfig } from '@forum/api/platform';
import { Role, roles } from '@forum/shared/domain';
import type { Request, Response } from 'express';
import * as oidc from 'openid-client';
import { DataSource, IsNull } from 'typeorm';
import { ApiTokenService } from '../api-tokens/api-token.service.js';
import { IdentityEvents } from '../events/identity-events.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { SessionService } from '../sessions/session.service.js';
import { UserEntity } from '../users/user.entity.js';
import type { SsoOption } from '../auth/auth.models.js';
import { ExternalIdentityEntity } from './external-identity.entity.js';

export const ssoPaths = { start: '/auth/sso/start', callback: '/auth/sso/callback' } as const;
const stateCookie = 'forum_sso';

interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

/** Privilege order: when several claim values map to roles, the strongest wins. */
const rolePrecedence: readonly Role[] = [...roles].reverse();

/**
 * OpenID Connect sign-in (authorization code flow with PKCE). A provider account is linked to a
 * person by its subject, or on first use by a verified e-mail address; roles can follow a claim.
 */
@Injectable()
export class SsoService {
  private readonly logger = new Logger(SsoService.name);
  private configuration?: Promise<oidc.Configuration>;

  constructor(
    @Optional() @Inject(SsoConfig) private readonly config: SsoConfig | null,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly apiTokens: ApiTokenService,
    private readonly events: IdentityEvents,
  ) {}

  option(): SsoOption | null {
    return this.config ? { label: this.config.buttonLabel, startUrl: ssoPaths.start } : null;
  }

  /** Sends the browser to the identity provider. */
  async start(returnTo: string | undefined, response: Response): Promise<void> {
    const config = this.requireConfig();
    const pending: PendingSignIn = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      returnTo: safeReturnPath(returnTo),
    };
    const url = oidc.buildAuthorizationUrl(await this.discover(), {
      redirect_uri: config.redirectUrl,
      scope: 'openid email profile',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    response.cookie(stateCookie, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
      httpOnly: true,
      sameSite: 'lax',
      secure: url.protocol === 'https:' && config.redirectUrl.startsWith('https:'),
      path: '/auth/sso',
      maxAge: 10 * 60 * 1000,
    });
    response.redirect(url.toString());
  }

  /** Completes sign-in on the provider's redirect; returns the path to send the browser to. */
  async finish(request: Request, response: Response): Promise<string> {
    const config = this.requireConfig();
    const pending = readPending(request.cookies?.[stateCookie]);
    response.clearCookie(stateCookie, { path: '/auth/sso' });
    if (!pending)
      throw new IdentityException(
        IdentityExceptionCode.TokenInvalid,
        'The sign-in attempt expired; please start again.',
      );
    const callbackUrl = new URL(config.redirectUrl);
    callbackUrl.search = new URL(request.originalUrl, 'http://callback').search;
    const configuration = await this.discover();
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims)
      throw new IdentityException(
        IdentityExceptionCode.TokenInvalid,
        'The identity provider sent no ID token.',
      );
    const userInfo = await oidc
      .fetchUserInfo(configuration, tokens.access_token, idClaims.sub)
      .catch(() => ({}));
    const claims: Record<string, unknown> = { ...userInfo, ...idClaims };
    const user = await this.linkAccount(configuration.serverMetadata().issuer, claims);
    await this.sessions.start(user, request, response);
    // The cookie is not signed: check the path again rather than trust what the browser sent.
    return safeReturnPath(pending.returnTo);
  }

  private async linkAccount(issuer: string, claims: Record<string, unknown>): Promise<UserEntity> {
    const subject = String(claims['sub']);
    const mappedRole = this.roleFrom(claims);
    const user = await this.dataSource.transaction(async (manager) => {
      const linked = await manager.findOne(ExternalIdentityEntity, {
        where: { issuer, subject },
        relations: { user: true },
      });
      let person = linked?.user && !linked.user.deletedAt ? linked.user : null;
      if (!person) {
        const email =
          typeof claims['email'] === 'string' ? claims['email'].trim().toLowerCase() : undefined;
        if (!email || claims['email_verified'] !== true) {
          throw new IdentityException(
            IdentityExceptionCode.AccessDenied,
            'The identity provider did not confirm an e-mail address, so the account cannot be linked.',
          );
        }
        person = await manager.findOne(UserEntity, {
          where: { email, deletedAt: IsNull() },
          lock: { mode: 'pessimistic_write' },
        });
        if (!person) {
          person = await manager.save(
            manager.create(UserEntity, {
              email,
              displayName: displayNameFrom(claims, email),
              passwordHash: null,
              emailVerifiedAt: new Date(),
              locale: claims['locale'] === 'de' ? 'de' : 'en',
            }),
          );
          this.logger.log({ userId: person.id }, 'Account created through single sign-on');
        } else if (!person.emailVerifiedAt) {
          // Whoever registered this address never proved it is theirs; the provider just did.
          // Nothing they set up (password, sessions, access tokens) may reach the owner's account.
          await manager.update(UserEntity, { id: person.id }, { passwordHash: null });
          person.passwordHash = null;
          await this.sessions.endAll(person.id, manager);
          await this.apiTokens.revokeAll(person.id, manager);
          this.logger.log(
            { userId: person.id },
            'Unverified account claimed through single sign-on; its credentials were revoked',
          );
        }
        await manager.insert(ExternalIdentityEntity, { issuer, subject, userId: person.id });
      }
      // A suspended person is refused before anything about their account changes.
      if (person.isSuspended()) {
        throw new IdentityException(
          IdentityExceptionCode.AccountSuspended,
          'This account is suspended.',
          {
            suspendedUntil: person.suspendedUntil?.toISOString(),
            suspensionReason: person.suspensionReason,
          },
        );
      }
      const changes: Partial<UserEntity> = {};
      if (!person.emailVerifiedAt) changes.emailVerifiedAt = new Date();
      if (mappedRole && mappedRole !== person.role) changes.role = mappedRole;
      const previousRole = person.role;
      if (Object.keys(changes).length > 0) {
        await manager.update(UserEntity, { id: person.id }, changes);
        Object.assign(person, changes);
      }
      if (changes.role) {
        await this.events.publish(manager, {
          type: 'user.role-changed',
          userId: person.id,
          previous: previousRole,
          role: changes.role,
        });
      }
      return person;
    });
    return user;
  }

  private roleFrom(claims: Record<string, unknown>): Role | undefined {
    const config = this.requireConfig();
    const value = claims[config.roleClaim];
    const values = Array.isArray(value)
      ? value.map(String)
      : typeof value === 'string'
        ? [value]
        : [];
    const mapped = new Set(
      values.map((v) => config.roleMap.get(v)).filter((role): role is string => role !== undefined),
    );
    return rolePrecedence.find((role) => mapped.has(role));
  }

  private discover(): Promise<oidc.Configuration> {
    const config = this.requireConfig();
    const issuer = new URL(config.issuerUrl);
    // Plain HTTP only for a provider on this machine (development and tests).
    const local =
      issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
    this.configuration ??= oidc
      .discovery(
        issuer,
        config.clientId,
        config.clientSecret,
        undefined,
        local ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  private requireConfig(): SsoConfig {
    if (!this.config)
      throw new IdentityException(
        IdentityExceptionCode.AccessDenied,
        'Single sign-on is not configured.',
      );
    return this.config;
  }
}

function readPending(cookie: unknown): PendingSignIn | undefined {
  if (typeof cookie !== 'string') return undefined;
  try {
    const value = JSON.parse(
      Buffer.from(cookie, 'base64url').toString('utf8'),
    ) as Partial<PendingSignIn>;
    return value.state && value.nonce && value.verifier && value.returnTo
      ? (value as PendingSignIn)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Only paths on this site, so the sign-in cannot be used to redirect elsewhere. The path is
 * resolved the way the browser will resolve it: URL parsing drops tabs and line breaks, so
 * "/<TAB>/evil.example" would otherwise become the protocol-relative "//evil.example".
 */
export function safeReturnPath(returnTo: string | undefined): string {
  if (!returnTo || !/^\/(?![/\\])/.test(returnTo)) return '/';
  const site = 'http://site.invalid';
  const resolved = URL.canParse(returnTo, site) ? new URL(returnTo, site) : undefined;
  return resolved?.origin === site ? `${resolved.pathname}${resolved.search}${resolved.hash}` : '/';
}

function displayNameFrom(claims: Record<string, unknown>, email: string): string {
  const name = [claims['name'], claims['preferred_username']].find(
    (value) => typeof value === 'string' && value.trim(),
  );
  return String(name ?? email.split('@')[0])
    .trim()
    .slice(0, 60)
    .padEnd(2, '_');
}
