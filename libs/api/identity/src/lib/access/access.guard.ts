import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequireRoles, requiredRolesKey } from '@forum/api/platform';
import { isAllowed, type MutationAccess, mutationAccess, type Role } from '@forum/shared/domain';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { viewerOf } from './current-viewer.decorator.js';

export { RequireRoles };

/**
 * The one gate for GraphQL. Mutations are checked against `mutationAccess` (a mutation missing
 * there is refused), queries against `@RequireRoles`. Read-only tokens never mutate, and
 * credential management needs a browser session.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const info = GqlExecutionContext.create(context).getInfo<{
      parentType: { name: string };
      fieldName: string;
    }>();
    const viewer = viewerOf(context);
    const role = viewer?.user.role;

    if (info.parentType.name === 'Mutation') {
      const access: MutationAccess | undefined = (mutationAccess as Record<string, MutationAccess>)[
        info.fieldName
      ];
      if (!access) {
        this.logger.error(
          { mutation: info.fieldName },
          'Mutation has no entry in mutationAccess; refusing it',
        );
        throw new IdentityException(
          IdentityExceptionCode.AccessDenied,
          'This action is not available.',
        );
      }
      if (viewer?.via === 'token' && (access.sessionOnly || viewer.tokenScope !== 'write')) {
        throw new IdentityException(
          IdentityExceptionCode.AccessDenied,
          'This token may not do that.',
        );
      }
      this.assert(isAllowed(access, role), role);
      return true;
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(requiredRolesKey, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles) this.assert(role !== undefined && roles.includes(role), role);
    return true;
  }

  private assert(allowed: boolean, role: Role | undefined): void {
    if (allowed) return;
    if (role === undefined)
      throw new IdentityException(IdentityExceptionCode.NotSignedIn, 'Please sign in first.');
    throw new IdentityException(
      IdentityExceptionCode.AccessDenied,
      'You are not allowed to do that.',
    );
  }
}
