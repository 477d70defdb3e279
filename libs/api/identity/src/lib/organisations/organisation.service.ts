import { Injectable } from '@nestjs/common';
import { inRequestedOrder } from '@forum/api/platform';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditAction, AuditTargetType } from '@forum/shared/domain';
import { DataSource, type EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import { AuditLog, auditChanges } from '../audit/audit-log.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import type {
  CreateOrganisationInput,
  UpdateOrganisationInput,
} from './dto/organisation.inputs.js';
import type { Viewer } from '../viewer/viewer.js';
import { OrganisationEntity } from './organisation.entity.js';

@Injectable()
export class OrganisationService {
  constructor(
    @InjectRepository(OrganisationEntity)
    private readonly organisations: Repository<OrganisationEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  list(): Promise<OrganisationEntity[]> {
    return this.organisations.find({ order: { name: 'ASC' } });
  }

  /** An organisation or null; pass the caller's manager to read inside its transaction. */
  find(id: string, manager?: EntityManager): Promise<OrganisationEntity | null> {
    return manager
      ? manager.findOneBy(OrganisationEntity, { id })
      : this.organisations.findOneBy({ id });
  }

  /** Loads many organisations in one query, in the order asked (for DataLoader). */
  async findByIds(ids: readonly string[]): Promise<Array<OrganisationEntity | null>> {
    const rows = await this.organisations.findBy({ id: In([...ids]) });
    return inRequestedOrder(ids, rows);
  }

  /** These organisations sorted by name in the database's collation; unknown ids are skipped. */
  listByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.organisations.find({ where: { id: In([...ids]) }, order: { name: 'ASC' } });
  }

  async get(id: string): Promise<OrganisationEntity> {
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation)
      throw new IdentityException(
        IdentityExceptionCode.OrganisationNotFound,
        'No such organisation.',
      );
    return organisation;
  }

  async create(viewer: Viewer, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.saveUnique(
        manager,
        manager.create(OrganisationEntity, {
          name: input.name.trim(),
          plan: input.plan,
          annualRevenue: input.annualRevenue ?? null,
        }),
      );
      await this.audit.record(manager, viewer, {
        action: AuditAction.OrganisationCreated,
        targetType: AuditTargetType.Organisation,
        targetId: organisation.id,
        after: detailsOf(organisation),
      });
      return organisation;
    });
  }

  async update(viewer: Viewer, input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOne(OrganisationEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organisation)
        throw new IdentityException(
          IdentityExceptionCode.OrganisationNotFound,
          'No such organisation.',
        );
      const before = detailsOf(organisation);
      if (input.name) organisation.name = input.name.trim();
      if (input.plan) organisation.plan = input.plan;
      if (input.annualRevenue !== undefined && input.annualRevenue !== null)
        organisation.annualRevenue = input.annualRevenue;
      const saved = await this.saveUnique(manager, organisation);
      const changes = auditChanges(before, detailsOf(saved));
      if (changes) {
        await this.audit.record(manager, viewer, {
          action: AuditAction.OrganisationUpdated,
          targetType: AuditTargetType.Organisation,
          targetId: saved.id,
          ...changes,
        });
      }
      return saved;
    });
  }

  private async saveUnique(
    manager: EntityManager,
    organisation: OrganisationEntity,
  ): Promise<OrganisationEntity> {
    try {
      return await manager.save(organisation);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'organisation_name_uq'
      ) {
        throw new IdentityException(
          IdentityExceptionCode.OrganisationNameTaken,
          `An organisation named "${organisation.name}" exists already.`,
        );
      }
      throw error;
    }
  }
}

function detailsOf(organisation: OrganisationEntity): Record<string, unknown> {
  return {
    name: organisation.name,
    plan: organisation.plan,
    annualRevenue: organisation.annualRevenue,
  };
}
