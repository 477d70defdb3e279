import { Query, Resolver } from '@nestjs/graphql';
import { Health } from './health.model.js';
import { HealthService } from './health.service.js';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly healthService: HealthService) {}

  @Query(() => Health, {
    description: 'Live health of the API, the database, the search engine and the job queue.',
  })
  health(): Promise<Health> {
    return this.healthService.check();
  }
}
