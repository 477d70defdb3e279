import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@forum/shared/domain';
import { RequireRoles } from '../access/access.guard.js';
import { CurrentViewer } from '../access/current-viewer.decorator.js';
import type { Viewer } from '../viewer/viewer.js';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs.js';
import { Organisation, toOrganisation } from './organisation.model.js';
import { OrganisationService } from './organisation.service.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Query(() => [Organisation], {
    description: 'Customer organisations, by name. Admins and product managers.',
  })
  @RequireRoles(Role.Admin, Role.ProductManager)
  async organisations(): Promise<Organisation[]> {
    return (await this.organisationService.list()).map(toOrganisation);
  }

  @Mutation(() => Organisation, { description: 'Adds a customer organisation.' })
  async createOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The new organisation.' }) input: CreateOrganisationInput,
  ): Promise<Organisation> {
    return toOrganisation(await this.organisationService.create(viewer, input));
  }

  @Mutation(() => Organisation, { description: "Changes an organisation's name, plan or revenue." })
  async updateOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The organisation and the changes.' })
    input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return toOrganisation(await this.organisationService.update(viewer, input));
  }
}
