import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@forum/api/platform';
import { platformModules, type PlatformOptions } from '@forum/api/runtime';
import { apiDomains } from './domains.js';

/** Every feature of the product, in the order of the domains. */
export const featureModules = apiDomains.map((domain) => domain.module);

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: PlatformOptions = {}): DynamicModule {
    return { module: AppModule, imports: [...platformModules(config, options), ...featureModules] };
  }
}
