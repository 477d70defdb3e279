import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, Repository } from 'typeorm';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { randomToken, sha256 } from '../viewer/viewer.js';
import { ApiTokenEntity, type ApiTokenScope } from './api-token.entity.js';

const tokenPrefix = 'fpat_';
const maxTokensPerPerson = 20;

/** Personal access tokens: shown once when created, stored only as a hash. */
@Injectable()
export class ApiTokenService {
  constructor(
    @InjectRepository(ApiTokenEntity) private readonly tokens: Repository<ApiTokenEntity>,
  ) {}

  async create(
    userId: string,
    name: string,
    scope: ApiTokenScope,
  ): Promise<{ token: string; apiToken: ApiTokenEntity }> {
    const active = await this.tokens.count({ where: { userId, revokedAt: IsNull() } });
    if (active >= maxTokensPerPerson) {
      throw new IdentityException(
        IdentityExceptionCode.ApiTokenLimit,
        `At most ${maxTokensPerPerson} tokens can be active at once.`,
        { max: maxTokensPerPerson },
      );
    }
    const token = `${tokenPrefix}${randomToken()}`;
    const apiToken = await this.tokens.save(
      this.tokens.create({
        userId,
        name,
        scope,
        tokenHash: sha256(token),
        prefix: token.slice(0, 12),
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { token, apiToken };
  }

  list(userId: string): Promise<ApiTokenEntity[]> {
    return this.tokens.find({
      where: { userId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  async revoke(userId: string, id: string): Promise<ApiTokenEntity> {
    const apiToken = await this.tokens.findOne({ where: { id, userId, revokedAt: IsNull() } });
    if (!apiToken)
      throw new IdentityException(IdentityExceptionCode.ApiTokenNotFound, 'No such token.');
    apiToken.revokedAt = new Date();
    return this.tokens.save(apiToken);
  }

  /** Revokes every active token of a person, inside the caller's transaction when given one. */
  async revokeAll(userId: string, manager?: EntityManager): Promise<void> {
    const tokens = manager?.getRepository(ApiTokenEntity) ?? this.tokens;
    await tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** The live token behind a bearer value, with its owner. */
  async authenticate(bearer: string): Promise<ApiTokenEntity | null> {
    if (!bearer.startsWith(tokenPrefix) || bearer.length > 100) return null;
    const apiToken = await this.tokens.findOne({
      where: { tokenHash: sha256(bearer), revokedAt: IsNull() },
      relations: { user: true },
    });
    if (!apiToken) return null;
    if (!apiToken.lastUsedAt || Date.now() - apiToken.lastUsedAt.getTime() > 60_000) {
      await this.tokens.update({ id: apiToken.id }, { lastUsedAt: new Date() });
    }
    return apiToken;
  }
}
