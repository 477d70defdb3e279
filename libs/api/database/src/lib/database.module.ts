import {
  type DynamicModule,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { type DatabaseConfig, databaseOutage } from '@forum/api/platform';
import { DataSource } from 'typeorm';
import { createDataSourceOptions } from './data-source-options.js';

/**
 * The TypeORM connection. Domain modules register their entities with
 * `TypeOrmModule.forFeature`; the schema itself only ever changes through migrations.
 */
@Module({})
export class DatabaseModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  /**
   * node-postgres's pool drops connections PostgreSQL ended and opens new ones on demand, so the
   * API recovers from a restart by itself; the outage log asks the pool when it is back.
   */
  onApplicationBootstrap(): void {
    databaseOutage.watchWith(() => this.dataSource.query('SELECT 1'));
  }

  onApplicationShutdown(): void {
    databaseOutage.watchWith(undefined);
  }
}
