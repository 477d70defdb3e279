import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailService } from '@forum/api/mail';
import { MailConfig } from '@forum/api/platform';
import { Locale } from '@forum/shared/domain';
import type { Request, Response } from 'express';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { ApiTokenService } from '../api-tokens/api-token.service.js';
import { EmailTokenPurpose } from '../email-tokens/email-token.entity.js';
import { EmailTokenService } from '../email-tokens/email-token.service.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import {
  assertStrongPassword,
  hashPassword,
  verifyAgainstDecoy,
  verifyPassword,
} from '../passwords/passwords.js';
import { SessionService } from '../sessions/session.service.js';
import { ExternalIdentityEntity } from '../sso/external-identity.entity.js';
import { AttemptThrottle } from '../throttling/attempt-throttle.js';
import { UserEntity } from '../users/user.entity.js';
import { clientAddress, type Viewer } from '../viewer/viewer.js';
import type {
  ChangePasswordInput,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
  UpdateProfileInput,
} from './dto/auth.inputs.js';
import { webLink, webPaths } from './web-links.js';

/** Tells a throttled person that an e-mailed sign-in link still lets them in. */
const signInLinkHint = { signInLinkAvailable: true };

/**
 * Accounts and sign-in. Answers never reveal whether an e-mail address has an account: sign-up,
 * reset and sign-in link requests answer the same either way, and the address's owner learns by
 * e-mail.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly apiTokens: ApiTokenService,
    private readonly emailTokens: EmailTokenService,
    private readonly throttle: AttemptThrottle,
    private readonly mail: MailService,
    private readonly mailConfig: MailConfig,
  ) {}

  async signUp(input: SignUpInput): Promise<void> {
    const email = normaliseEmail(input.email);
    const displayName = input.displayName.trim();
    assertStrongPassword(input.password, [email, displayName]);
    const passwordHash = await hashPassword(input.password);
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(UserEntity, {
        where: { email },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing) {
        if (!existing.deletedAt) {
          await this.mail.sendInTransaction(manager, {
            to: existing.email,
            locale: existing.locale,
            template: 'account-exists',
            data: {
              displayName: existing.displayName,
              signInLink: webLink(this.mailConfig, webPaths.signIn),
              resetLink: webLink(this.mailConfig, webPaths.forgotPassword),
            },
          });
        }
        return;
      }
      const user = await manager.save(
        manager.create(UserEntity, {
          email,
          displayName,
          passwordHash,
          locale: input.locale ?? Locale.English,
          emailVerifiedAt: null,
        }),
      );
      await this.sendVerification(manager, user);
    });
  }

  async signIn(input: SignInInput, request: Request, response: Response): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    const ip = clientAddress(request);
    await this.throttle.assertAllowed('sign_in', email, ip, signInLinkHint);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { email, deletedAt: IsNull() } });
    const matches = user?.passwordHash
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDecoy(input.password);
    if (!user || !matches) {
      await this.throttle.recordFailure('sign_in', email, ip);
      throw new IdentityException(
        IdentityExceptionCode.InvalidCredentials,
        'E-mail address or password is wrong.',
      );
    }
    await this.throttle.recordSuccess('sign_in', email, ip);
    this.assertNotSuspended(user);
    await this.sessions.start(user, request, response);
    return user;
  }

  async signOut(viewer: Viewer, response: Response): Promise<void> {
    if (viewer.sessionTokenHash) await this.sessions.end(viewer.sessionTokenHash, response);
  }

  async signOutEverywhere(viewer: Viewer, response: Response): Promise<void> {
    await this.sessions.endAll(viewer.user.id);
    this.sessions.clearCookie(response);
  }

  /** Confirms the address and signs the person in on this browser: the link proved who they are. */
  async verifyEmail(token: string, request: Request, response: Response): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { user } = await this.emailTokens.consume(
        manager,
        token,
        EmailTokenPurpose.VerifyEmail,
      );
      this.assertNotSuspended(user);
      user.emailVerifiedAt ??= new Date();
      await manager.update(UserEntity, { id: user.id }, { emailVerifiedAt: user.emailVerifiedAt });
      await this.sessions.start(user, request, response, manager);
      return user;
    });
  }

  async resendVerification(viewer: Viewer): Promise<void> {
    if (viewer.user.emailVerifiedAt) return;
    await this.dataSource.transaction((manager) => this.sendVerification(manager, viewer.user));
  }

  /** Sends a reset link when the address has an account; answers the same when it has none. */
  async requestPasswordReset(rawEmail: string, request: Request): Promise<void> {
    const email = normaliseEmail(rawEmail);
    const ip = clientAddress(request);
    await this.throttle.assertAllowed('password_reset', email, ip);
    // Every request counts, so nobody can flood an inbox with reset mail.
    await this.throttle.recordFailure('password_reset', email, ip);
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { email, deletedAt: IsNull() } });
      if (!user) return;
      const token = await this.emailTokens.issue(manager, user, EmailTokenPurpose.ResetPassword);
      await this.mail.sendInTransaction(manager, {
        to: user.email,
        locale: user.locale,
        template: 'reset-password',
        data: {
          displayName: user.displayName,
          link: webLink(this.mailConfig, webPaths.resetPassword, token),
        },
      });
    });
  }

  /**
   * Mails a one-time sign-in link when the address has an account; answers the same when it has
   * none. Limited per address and account like reset requests, but not by failed passwords: it
   * is how the owner gets in while guessing has paused password sign-in.
   */
  async requestSignInLink(rawEmail: string, request: Request): Promise<void> {
    const email = normaliseEmail(rawEmail);
    const ip = clientAddress(request);
    await this.throttle.assertAllowed('sign_in_link', email, ip);
    // Every request counts, so nobody can flood an inbox with sign-in mail.
    await this.throttle.recordFailure('sign_in_link', email, ip);
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { email, deletedAt: IsNull() } });
      if (!user) return;
      const token = await this.emailTokens.issue(manager, user, EmailTokenPurpose.SignInLink);
      await this.mail.sendInTransaction(manager, {
        to: user.email,
        locale: user.locale,
        template: 'sign-in-link',
        data: {
          displayName: user.displayName,
          link: webLink(this.mailConfig, webPaths.signInLink, token),
        },
      });
    });
  }

  /**
   * Signs in with an e-mailed link. Reading the account's mail proves more than a password, so
   * failed passwords do not hold it up, and it lifts the account-wide pause on password sign-in.
   */
  async signInWithLink(token: string, request: Request, response: Response): Promise<UserEntity> {
    const user = await this.dataSource.transaction(async (manager) => {
      const { user } = await this.emailTokens.consume(manager, token, EmailTokenPurpose.SignInLink);
      this.assertNotSuspended(user);
      // Like a reset link, it proves the address: an unconfirmed one counts as confirmed.
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = new Date();
        await manager.update(
          UserEntity,
          { id: user.id },
          { emailVerifiedAt: user.emailVerifiedAt },
        );
      }
      await this.sessions.start(user, request, response, manager);
      return user;
    });
    await this.throttle.recordMailboxProof('sign_in', user.email, clientAddress(request));
    return user;
  }

  /** Sets a new password, ends every other session and signs in here. */
  async resetPassword(
    input: ResetPasswordInput,
    request: Request,
    response: Response,
  ): Promise<UserEntity> {
    const tokenOwner = await this.dataSource.transaction(async (manager) => {
      const { user } = await this.emailTokens.consume(
        manager,
        input.token,
        EmailTokenPurpose.ResetPassword,
      );
      assertStrongPassword(input.newPassword, [user.email, user.displayName]);
      this.assertNotSuspended(user);
      await manager.update(
        UserEntity,
        { id: user.id },
        {
          passwordHash: await hashPassword(input.newPassword),
          emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
        },
      );
      await this.sessions.endAll(user.id, manager);
      await this.sessions.start(user, request, response, manager);
      await this.notifyPasswordChanged(manager, user);
      return user;
    });
    await this.throttle.recordMailboxProof('sign_in', tokenOwner.email, clientAddress(request));
    return tokenOwner;
  }

  async changePassword(
    viewer: Viewer,
    input: ChangePasswordInput,
    request: Request,
  ): Promise<void> {
    const { user } = viewer;
    const ip = clientAddress(request);
    await this.throttle.assertAllowed('sign_in', user.email, ip);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await this.throttle.recordFailure('sign_in', user.email, ip);
      throw new IdentityException(
        IdentityExceptionCode.WrongPassword,
        'The current password is wrong.',
      );
    }
    assertStrongPassword(input.newPassword, [user.email, user.displayName]);
    const passwordHash = await hashPassword(input.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.endAll(user.id, manager, viewer.sessionTokenHash);
      await this.notifyPasswordChanged(manager, user);
    });
  }

  async updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<UserEntity> {
    const changes: Partial<UserEntity> = {};
    if (input.displayName) changes.displayName = input.displayName.trim();
    if (input.locale) changes.locale = input.locale;
    if (input.timeZone) changes.timeZone = input.timeZone;
    if (Object.keys(changes).length > 0)
      await this.dataSource.getRepository(UserEntity).update({ id: viewer.user.id }, changes);
    return this.dataSource
      .getRepository(UserEntity)
      .findOneOrFail({ where: { id: viewer.user.id }, relations: { organisation: true } });
  }

  /**
   * Deletes the account but keeps its posts, attributed to a deleted user: personal data is
   * erased and every way to sign in is removed.
   */
  async deleteAccount(
    viewer: Viewer,
    password: string | null | undefined,
    response: Response,
  ): Promise<void> {
    const { user } = viewer;
    if (user.passwordHash && !(password && (await verifyPassword(user.passwordHash, password)))) {
      throw new IdentityException(IdentityExceptionCode.WrongPassword, 'The password is wrong.');
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        UserEntity,
        { id: user.id },
        {
          email: `deleted-${user.id}@deleted.invalid`,
          displayName: 'Deleted user',
          passwordHash: null,
          emailVerifiedAt: null,
          organisationId: null,
          expertTitle: null,
          deletedAt: new Date(),
        },
      );
      await this.sessions.endAll(user.id, manager);
      await this.apiTokens.revokeAll(user.id, manager);
      await manager.delete(ExternalIdentityEntity, { userId: user.id });
    });
    this.sessions.clearCookie(response);
  }

  private async sendVerification(manager: EntityManager, user: UserEntity): Promise<void> {
    const token = await this.emailTokens.issue(manager, user, EmailTokenPurpose.VerifyEmail);
    await this.mail.sendInTransaction(manager, {
      to: user.email,
      locale: user.locale,
      template: 'verify-email',
      data: {
        displayName: user.displayName,
        link: webLink(this.mailConfig, webPaths.verifyEmail, token),
      },
    });
  }

  private async notifyPasswordChanged(manager: EntityManager, user: UserEntity): Promise<void> {
    await this.mail.sendInTransaction(manager, {
      to: user.email,
      locale: user.locale,
      template: 'password-changed',
      data: {
        displayName: user.displayName,
        resetLink: webLink(this.mailConfig, webPaths.forgotPassword),
      },
    });
  }

  private assertNotSuspended(user: UserEntity): void {
    if (user.isSuspended()) {
      throw new IdentityException(
        IdentityExceptionCode.AccountSuspended,
        'This account is suspended.',
        {
          suspendedUntil: user.suspendedUntil?.toISOString(),
          suspensionReason: user.suspensionReason,
        },
      );
    }
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
