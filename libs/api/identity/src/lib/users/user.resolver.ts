import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { type Connection, type GraphqlContext } from '@forum/api/platform';
import { Role } from '@forum/shared/domain';
import { RequireRoles } from '../access/access.guard.js';
import { CurrentViewer, OptionalViewer } from '../access/current-viewer.decorator.js';
import { PrivateDetailViews } from '../audit/private-detail-views.js';
import { Locale } from '@forum/shared/domain';
import { Organisation, toOrganisation } from '../organisations/organisation.model.js';
import type { Viewer } from '../viewer/viewer.js';
import {
  SetExpertProfileInput,
  SetOrganisationInput,
  SetUserRoleInput,
  SuspendUserInput,
  UnsuspendUserInput,
  UsersArgs,
} from './dto/admin.inputs.js';
import { LocaleEnum, toUser, User, UserConnection } from './user.model.js';
import { UserService } from './user.service.js';

const peopleManagers: readonly Role[] = [Role.Admin, Role.Moderator];
const staff: readonly Role[] = [Role.Expert, Role.ProductManager, Role.Moderator, Role.Admin];

function isSelf(viewer: Viewer | undefined, user: User): boolean {
  return viewer?.user.id === user.id;
}

function hasRole(viewer: Viewer | undefined, allowed: readonly Role[]): boolean {
  return viewer !== undefined && allowed.includes(viewer.user.role);
}

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly views: PrivateDetailViews,
  ) {}

  @Query(() => User, { nullable: true, description: 'A person by id, or null when there is none.' })
  async user(
    @Args('id', { type: () => ID, description: 'Id of the person.' }) id: string,
  ): Promise<User | null> {
    const entity = await this.userService.findById(id).catch(() => null);
    return entity ? toUser(entity) : null;
  }

  @Query(() => UserConnection, { description: 'People, newest first. Admins and moderators.' })
  @RequireRoles(Role.Admin, Role.Moderator)
  async users(@Args() args: UsersArgs): Promise<Connection<User>> {
    const page = await this.userService.list(args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toUser(edge.node) })),
    };
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'E-mail address. The person themselves, admins and moderators (whose reading it is audited).',
  })
  async email(
    @Parent() user: User,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<string | null> {
    if (user.isDeleted) return null;
    return this.disclosed(req, viewer, user, 'email', user.entity.email);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether the e-mail address is confirmed. Self, admins, moderators (audited).',
  })
  emailVerified(
    @Parent() user: User,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<boolean | null> {
    return this.disclosed(req, viewer, user, 'emailVerified', user.entity.emailVerifiedAt !== null);
  }

  @ResolveField(() => LocaleEnum, {
    nullable: true,
    description: 'Preferred language. The person themselves.',
  })
  locale(@Parent() user: User, @OptionalViewer() viewer?: Viewer): Locale | null {
    return isSelf(viewer, user) ? user.entity.locale : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'IANA time zone for digests and dates in e-mail, e.g. `Europe/Berlin`. Self.',
  })
  timeZone(@Parent() user: User, @OptionalViewer() viewer?: Viewer): string | null {
    return isSelf(viewer, user) ? user.entity.timeZone : null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether the account has a password (not only single sign-on). Self.',
  })
  hasPassword(@Parent() user: User, @OptionalViewer() viewer?: Viewer): boolean | null {
    return isSelf(viewer, user) ? user.entity.passwordHash !== null : null;
  }

  @ResolveField(() => Organisation, {
    nullable: true,
    description: 'Customer organisation. The person themselves and staff.',
  })
  organisation(@Parent() user: User, @OptionalViewer() viewer?: Viewer): Organisation | null {
    const organisation = user.entity.organisation;
    return organisation && (isSelf(viewer, user) || hasRole(viewer, staff))
      ? toOrganisation(organisation)
      : null;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'End of a current suspension. Self, admins, moderators (audited).',
  })
  async suspendedUntil(
    @Parent() user: User,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<Date | null> {
    if (!user.entity.isSuspended()) return null;
    return this.disclosed(req, viewer, user, 'suspendedUntil', user.entity.suspendedUntil);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why they are suspended. Self, admins, moderators (audited).',
  })
  async suspensionReason(
    @Parent() user: User,
    @Context() { req }: GraphqlContext,
    @OptionalViewer() viewer?: Viewer,
  ): Promise<string | null> {
    if (!user.entity.isSuspended()) return null;
    return this.disclosed(req, viewer, user, 'suspensionReason', user.entity.suspensionReason);
  }

  /**
   * A private detail for the person themselves and for people managers; a manager reading
   * someone else's is recorded in the audit log before the value is returned.
   */
  private async disclosed<T>(
    request: object,
    viewer: Viewer | undefined,
    user: User,
    field: string,
    value: T,
  ): Promise<T | null> {
    if (isSelf(viewer, user)) return value;
    if (!viewer || !hasRole(viewer, peopleManagers)) return null;
    await this.views.record(request, viewer, user.id, field);
    return value;
  }

  @Mutation(() => User, { description: "Changes a person's role. Admins." })
  async setUserRole(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The person and their new role.' }) input: SetUserRoleInput,
  ): Promise<User> {
    return toUser(await this.userService.setRole(viewer, input.userId, input.role));
  }

  @Mutation(() => User, {
    description: 'Sets the public title of a staff member. Admins.',
  })
  async setExpertProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The staff member and their public profile.' })
    input: SetExpertProfileInput,
  ): Promise<User> {
    return toUser(await this.userService.setExpertProfile(viewer, input));
  }

  @Mutation(() => User, {
    description: 'Puts a person into a customer organisation, or takes them out. Admins.',
  })
  async setOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The person and their organisation.' })
    input: SetOrganisationInput,
  ): Promise<User> {
    return toUser(
      await this.userService.setOrganisation(viewer, input.userId, input.organisationId ?? null),
    );
  }

  @Mutation(() => User, {
    description: 'Suspends an account until a date and signs it out. Moderators and admins.',
  })
  async suspendUser(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Who, why and until when.' }) input: SuspendUserInput,
  ): Promise<User> {
    return toUser(await this.userService.suspend(viewer, input));
  }

  @Mutation(() => User, { description: 'Ends a suspension early. Moderators and admins.' })
  async unsuspendUser(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'Whose suspension ends.' }) input: UnsuspendUserInput,
  ): Promise<User> {
    return toUser(await this.userService.unsuspend(viewer, input.userId));
  }
}
