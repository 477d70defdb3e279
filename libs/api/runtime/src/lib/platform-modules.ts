import type { DynamicModule, Type } from '@nestjs/common';
import { DatabaseModule } from '@forum/api/database';
import { JobsModule } from '@forum/api/jobs';
import { MailModule } from '@forum/api/mail';
import {
  type AppConfig,
  ConfigModule,
  ForumGraphqlModule,
  LiveModule,
  LoggingModule,
} from '@forum/api/platform';
import { SearchModule } from '@forum/api/search';

export interface PlatformOptions {
  /** Write the GraphQL SDL to this file at start-up (development only). */
  schemaFile?: string;
  /** `false` for the worker, which runs the domains' queues and schedules but serves nothing. */
  graphql?: boolean;
}

/**
 * The infrastructure every API process runs on; the app, the worker and the test app all start
 * from it.
 */
export function platformModules(
  config: AppConfig,
  options: PlatformOptions = {},
): Array<DynamicModule | Type> {
  return [
    ConfigModule.forRoot(config),
    LoggingModule.forRoot(config.log),
    DatabaseModule.forRoot(config.database),
    JobsModule,
    MailModule,
    SearchModule,
    ...(options.graphql === false
      ? []
      : [
          ForumGraphqlModule.forRoot(config.server, config.graphql, {
            schemaFile: options.schemaFile,
          }),
        ]),
    LiveModule.forRoot(),
  ];
}
