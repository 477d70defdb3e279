import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
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
