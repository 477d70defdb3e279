import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum HealthStatus {
  UP = 'UP',
  DOWN = 'DOWN',
}

registerEnumType(HealthStatus, {
  name: 'HealthStatus',
  description: 'Whether a component is working.',
});

@ObjectType({ description: 'How one dependency of the API answered its last check.' })
export class DependencyHealth {
  @Field(() => HealthStatus, { description: 'Whether the dependency answered.' })
  status!: HealthStatus;

  @Field(() => Float, { description: 'How long the check took, in milliseconds.' })
  latencyMs!: number;

  @Field(() => String, {
    nullable: true,
    description: 'What went wrong, when the dependency did not answer.',
  })
  error?: string;
}

@ObjectType({ description: 'Live health of the API and everything it depends on.' })
export class Health {
  @Field(() => HealthStatus, { description: 'UP when every dependency is up, DOWN otherwise.' })
  status!: HealthStatus;

  @Field(() => DependencyHealth, { description: 'The PostgreSQL database, the source of truth.' })
  database!: DependencyHealth;

  @Field(() => DependencyHealth, { description: 'The Meilisearch engine behind search.' })
  search!: DependencyHealth;

  @Field(() => DependencyHealth, {
    description: 'The durable job queue that runs background work.',
  })
  jobs!: DependencyHealth;

  @Field(() => String, { description: 'The version of the API that answered.' })
  version!: string;

  @Field(() => Float, { description: 'Seconds since this API process started.' })
  uptimeSeconds!: number;

  @Field(() => Date, { description: 'When these checks ran.' })
  checkedAt!: Date;
}
