import { AuditEntryEntity } from './audit/audit-entry.entity.js';
import { ApiTokenEntity } from './api-tokens/api-token.entity.js';
import { EmailTokenEntity } from './email-tokens/email-token.entity.js';
import { OrganisationEntity } from './organisations/organisation.entity.js';
import { SessionEntity } from './sessions/session.entity.js';
import { ExternalIdentityEntity } from './sso/external-identity.entity.js';
import { UserEntity } from './users/user.entity.js';

export const identityEntities = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  ApiTokenEntity,
  EmailTokenEntity,
  ExternalIdentityEntity,
  AuditEntryEntity,
];
