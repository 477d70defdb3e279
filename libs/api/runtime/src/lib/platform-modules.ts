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
}

/** The infrastructure every API process runs on; the app and the test app both start from it. */
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
    ForumGraphqlModule.forRoot(config.server, config.graphql, { schemaFile: options.schemaFile }),
    LiveModule.forRoot(),
  ];
}
