import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DatabaseConfig } from '@forum/api/platform';
import { createDataSourceOptions } from './data-source-options.js';

/**
 * The TypeORM connection. Domain modules register their entities with
 * `TypeOrmModule.forFeature`; the schema itself only ever changes through migrations.
 */
@Module({})
export class DatabaseModule {
  static forRoot(config: DatabaseConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...createDataSourceOptions(config),
          autoLoadEntities: true,
          // Start-up checks reachability first and reports it in one line; no silent retry loop.
          retryAttempts: 0,
        }),
      ],
    };
  }
}
