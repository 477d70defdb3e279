import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '@forum/api/platform';
import { CurrentViewer, OptionalViewer } from '../access/current-viewer.decorator.js';
import { SsoService } from '../sso/sso.service.js';
import { toUser, User } from '../users/user.model.js';
import type { Viewer } from '../viewer/viewer.js';
import {
  ChangePasswordInput,
  DeleteAccountInput,
  RequestPasswordResetInput,
  RequestSignInLinkInput,
  ResetPasswordInput,
  SignInInput,
  SignInWithLinkInput,
  SignUpInput,
  UpdateProfileInput,
  VerifyEmailInput,
} from './dto/auth.inputs.js';
import { SignInOptions, SignUpPayload } from './auth.models.js';
import { AuthService, normaliseEmail } from './auth.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sso: SsoService,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in person, or null for visitors.' })
  me(@OptionalViewer() viewer: Viewer | undefined): User | null {
    return viewer ? toUser(viewer.user) : null;
  }

  @Query(() => SignInOptions, { description: 'How people can sign in here.' })
  signInOptions(): SignInOptions {
    return { password: true, sso: this.sso.option() };
  }

  @Mutation(() => SignUpPayload, {
    description:
      'Creates an account and e-mails a verification link. Answers the same when the address has an account already.',
  })
  async signUp(
    @Args('input', { description: 'The new account.' }) input: SignUpInput,
  ): Promise<SignUpPayload> {
    await this.auth.signUp(input);
    return { email: normaliseEmail(input.email) };
  }

  @Mutation(() => User, {
    description: 'Signs in with e-mail and password and sets the session cookie.',
  })
  async signIn(
    @Args('input', { description: 'E-mail address and password.' }) input: SignInInput,
    @Context() { req, res }: GraphqlContext,
  ): Promise<User> {
    return toUser(await this.auth.signIn(input, req, res));
  }

  @Mutation(() => Boolean, {
    description:
      'E-mails a one-time sign-in link (valid for 15 minutes) when the address has an account; answers true either way.',
  })
  async requestSignInLink(
    @Args('input', { description: 'The address to send the link to.' })
    input: RequestSignInLinkInput,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.requestSignInLink(input.email, req);
    return true;
  }

  @Mutation(() => User, {
    description:
      'Signs in with the token from an e-mailed sign-in link and sets the session cookie; the link works once.',
  })
  async signInWithLink(
    @Args('input', { description: 'The token from the sign-in link.' }) input: SignInWithLinkInput,
    @Context() { req, res }: GraphqlContext,
  ): Promise<User> {
    return toUser(await this.auth.signInWithLink(input.token, req, res));
  }

  @Mutation(() => Boolean, { description: 'Ends this browser session.' })
  async signOut(
    @CurrentViewer() viewer: Viewer,
    @Context() { res }: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.signOut(viewer, res);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Ends every session of the signed-in person, on every device.',
  })
  async signOutEverywhere(
    @CurrentViewer() viewer: Viewer,
    @Context() { res }: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.signOutEverywhere(viewer, res);
    return true;
  }

  @Mutation(() => User, {
    description: 'Confirms an e-mail address with the token from the link, and signs in.',
  })
  async verifyEmail(
    @Args('input', { description: 'The token from the verification link.' })
    input: VerifyEmailInput,
    @Context() { req, res }: GraphqlContext,
  ): Promise<User> {
    return toUser(await this.auth.verifyEmail(input.token, req, res));
  }

  @Mutation(() => Boolean, { description: 'Sends the verification link again.' })
  async resendVerificationEmail(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.auth.resendVerification(viewer);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'E-mails a password reset link when the address has an account; answers true either way.',
  })
  async requestPasswordReset(
    @Args('input', { description: 'The address to send the link to.' })
    input: RequestPasswordResetInput,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.requestPasswordReset(input.email, req);
    return true;
  }

  @Mutation(() => User, {
    description:
      'Sets a new password with the token from the reset link; signs out everywhere else.',
  })
  async resetPassword(
    @Args('input', { description: 'The token from the reset link and the new password.' })
    input: ResetPasswordInput,
    @Context() { req, res }: GraphqlContext,
  ): Promise<User> {
    return toUser(await this.auth.resetPassword(input, req, res));
  }

  @Mutation(() => Boolean, { description: 'Changes the password; other sessions are signed out.' })
  async changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The current and the new password.' }) input: ChangePasswordInput,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.changePassword(viewer, input, req);
    return true;
  }

  @Mutation(() => User, { description: 'Changes the display name or language.' })
  async updateProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The fields to change.' }) input: UpdateProfileInput,
  ): Promise<User> {
    return toUser(await this.auth.updateProfile(viewer, input));
  }

  @Mutation(() => Boolean, {
    description: 'Deletes the signed-in account; its posts stay, attributed to a deleted user.',
  })
  async deleteAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Confirmation of the deletion.' }) input: DeleteAccountInput,
    @Context() { res }: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.deleteAccount(viewer, input.password, res);
    return true;
  }
}
