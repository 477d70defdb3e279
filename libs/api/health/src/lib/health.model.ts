import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum HealthStatus {
  UP = 'UP',
  /** The API serves requests, but without a dependency it can run without (search). */
  DEGRADED = 'DEGRADED',
  DOWN = 'DOWN',
}

registerEnumType(HealthStatus, {
  name: 'HealthStatus',
  description: 'Whether a component is working.',
  valuesMap: {
    UP: { description: 'Working.' },
    DEGRADED: {
      description:
        'The API as a whole only: it serves requests, but a dependency it can do without is down (see `degraded`).',
    },
    DOWN: { description: 'Not working.' },
  },
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
  @Field(() => HealthStatus, {
    description:
      'UP when every dependency is up; DEGRADED when only search is down (everything but search works); DOWN when the database or the job queue is down.',
  })
  status!: HealthStatus;

  @Field(() => [String], {
    description: 'The dependencies that are down while the API still serves requests (`search`).',
  })
  degraded!: string[];

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
