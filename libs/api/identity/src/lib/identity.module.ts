import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SocketAuthenticator } from '@forum/api/platform';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access/access.guard.js';
import { ApiTokenResolver } from './api-tokens/api-token.resolver.js';
import { ApiTokenService } from './api-tokens/api-token.service.js';
import { AuditExportController } from './audit/audit-export.controller.js';
import { AuditLog } from './audit/audit-log.js';
import { AuditLogReader } from './audit/audit-log.reader.js';
import { AuditLogResolver } from './audit/audit-log.resolver.js';
import { PrivateDetailViews } from './audit/private-detail-views.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { AuthService } from './auth/auth.service.js';
import { EmailTokenService } from './email-tokens/email-token.service.js';
import { IdentityEvents } from './events/identity-events.js';
import { identityEntities } from './identity.entities.js';
import { OrganisationResolver } from './organisations/organisation.resolver.js';
import { OrganisationService } from './organisations/organisation.service.js';
import { SessionService } from './sessions/session.service.js';
import { SsoController } from './sso/sso.controller.js';
import { SsoService } from './sso/sso.service.js';
import { AttemptThrottle } from './throttling/attempt-throttle.js';
import { WriteLimitGuard } from './throttling/write-limit.guard.js';
import { WriteLimits } from './throttling/write-limits.js';
import { PeopleSearch } from './users/people-search.js';
import { UserLoader } from './users/user.loader.js';
import { UserResolver } from './users/user.resolver.js';
import { UserService } from './users/user.service.js';
import { ViewerMiddleware } from './viewer/viewer.middleware.js';
import { SocketViewer } from './viewer/socket-viewer.js';

/** Accounts, sessions, roles, organisations and single sign-on; the gate every request passes. */
@Module({
  imports: [TypeOrmModule.forFeature(identityEntities)],
  controllers: [SsoController, AuditExportController],
  providers: [
    // In this order: a write is counted only once the caller may make it.
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: WriteLimitGuard },
    ApiTokenResolver,
    AuditLog,
    AuditLogReader,
    AuditLogResolver,
    ApiTokenService,
    AttemptThrottle,
    AuthResolver,
    AuthService,
    EmailTokenService,
    IdentityEvents,
    OrganisationResolver,
    OrganisationService,
    PeopleSearch,
    PrivateDetailViews,
    SessionService,
    SsoService,
    UserLoader,
    UserResolver,
    UserService,
    ViewerMiddleware,
    WriteLimits,
    { provide: SocketAuthenticator, useClass: SocketViewer },
  ],
  exports: [AuditLog, UserService, UserLoader, OrganisationService, IdentityEvents, PeopleSearch],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ViewerMiddleware).forRoutes('graphql', 'auth/{*path}', 'exports/{*path}');
  }
}
