import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, type GraphqlContext } from '@forum/api/platform';
import { auditLogReaders } from '@forum/shared/domain';
import { RequireRoles } from '../access/access.guard.js';
import { UserLoader } from '../users/user.loader.js';
import { User } from '../users/user.model.js';
import { AuditEntry, AuditEntryConnection, toAuditEntry } from './audit-entry.model.js';
import { AuditLogReader } from './audit-log.reader.js';
import { AuditLogArgs } from './dto/audit-log.args.js';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  constructor(
    private readonly reader: AuditLogReader,
    private readonly users: UserLoader,
  ) {}

  @Query(() => AuditEntryConnection, {
    description: 'Staff actions, newest first, filtered. Admins.',
  })
  @RequireRoles(...auditLogReaders)
  async auditLog(@Args() args: AuditLogArgs): Promise<Connection<AuditEntry>> {
    const page = await this.reader.page(args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toAuditEntry(edge.node) })),
    };
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who acted; null for the system, or when the account no longer exists.',
  })
  actor(@Parent() entry: AuditEntry, @Context() { req }: GraphqlContext): Promise<User | null> {
    return this.users.user(req, entry.actorId);
  }
}
