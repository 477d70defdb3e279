import { Injectable } from '@nestjs/common';
import { inRequestedOrder } from '@forum/api/platform';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import type {
  CreateOrganisationInput,
  UpdateOrganisationInput,
} from './dto/organisation.inputs.js';
import { OrganisationEntity } from './organisation.entity.js';

@Injectable()
export class OrganisationService {
  constructor(
    @InjectRepository(OrganisationEntity)
    private readonly organisations: Repository<OrganisationEntity>,
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

  async create(input: CreateOrganisationInput): Promise<OrganisationEntity> {
    return this.saveUnique(
      this.organisations.create({
        name: input.name.trim(),
        plan: input.plan,
        annualRevenue: input.annualRevenue ?? null,
      }),
    );
  }

  async update(input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    const organisation = await this.get(input.id);
    if (input.name) organisation.name = input.name.trim();
    if (input.plan) organisation.plan = input.plan;
    if (input.annualRevenue !== undefined && input.annualRevenue !== null)
      organisation.annualRevenue = input.annualRevenue;
    return this.saveUnique(organisation);
  }

  private async saveUnique(organisation: OrganisationEntity): Promise<OrganisationEntity> {
    try {
      return await this.organisations.save(organisation);
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
