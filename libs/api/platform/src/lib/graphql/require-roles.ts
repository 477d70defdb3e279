import { SetMetadata } from '@nestjs/common';
import type { Role } from '@forum/shared/domain';

/** Where `RequireRoles` leaves its roles for the access guard (identity) to read. */
export const requiredRolesKey = 'forum:roles';

/**
 * Restricts a query or field resolver to these roles (mutations use the shared table). Here in
 * the platform so that platform libraries with an admin surface (mail) can use it too.
 */
export const RequireRoles = (...roles: Role[]) => SetMetadata(requiredRolesKey, roles);
