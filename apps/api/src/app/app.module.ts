import { type DynamicModule, Module } from '@nestjs/common';
import { CommunitySearchModule } from '@forum/api/community-search';
import { HealthModule } from '@forum/api/health';
import { IdeasModule } from '@forum/api/ideas';
import { IdentityModule } from '@forum/api/identity';
import { NotificationsModule } from '@forum/api/notifications';
import { QnaModule } from '@forum/api/qna';
import { ReputationModule } from '@forum/api/reputation';
import type { AppConfig } from '@forum/api/platform';
import { platformModules, type PlatformOptions } from '@forum/api/runtime';

/** Every feature of the product, in one list. */
export const featureModules = [
  HealthModule,
  IdentityModule,
  QnaModule,
  CommunitySearchModule,
  ReputationModule,
  NotificationsModule,
  IdeasModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: PlatformOptions = {}): DynamicModule {
    return { module: AppModule, imports: [...platformModules(config, options), ...featureModules] };
  }
}
