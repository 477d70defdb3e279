import { type DynamicModule, Global, Module } from '@nestjs/common';
import {
  AppConfig,
  DatabaseConfig,
  GraphqlConfig,
  IdeasConfig,
  JobsConfig,
  LogConfig,
  MailConfig,
  PrivilegeConfig,
  SearchConfig,
  ServerConfig,
  SsoConfig,
  SupportConfig,
  WriteLimitConfig,
} from './app-config.js';
import { Clock, OffsetClock } from '../clock/clock.js';

/** Makes each configuration area, and the clock, injectable by its class. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    const providers = [
      { provide: AppConfig, useValue: config },
      { provide: ServerConfig, useValue: config.server },
      { provide: LogConfig, useValue: config.log },
      { provide: DatabaseConfig, useValue: config.database },
      { provide: SearchConfig, useValue: config.search },
      { provide: MailConfig, useValue: config.mail },
      { provide: PrivilegeConfig, useValue: config.privileges },
      // Null when single sign-on is not configured.
      { provide: SsoConfig, useValue: config.sso },
      { provide: IdeasConfig, useValue: config.ideas },
      {
        provide: Clock,
        useValue: config.server.testClockOffsetFile
          ? new OffsetClock(config.server.testClockOffsetFile)
          : new Clock(),
      },
      { provide: WriteLimitConfig, useValue: config.writeLimits },
      { provide: GraphqlConfig, useValue: config.graphql },
      { provide: SupportConfig, useValue: config.support },
      { provide: JobsConfig, useValue: config.jobs },
    ];
    return { module: ConfigModule, providers, exports: providers.map((p) => p.provide) };
  }
}
