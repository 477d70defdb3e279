import type { INestApplicationContext } from '@nestjs/common';

export interface DemoSeeder {
  /** Adds the demo data of one domain when it has none yet; returns lines worth printing. */
  seed(app: INestApplicationContext): Promise<string[]>;
}

/** Domains add their seeder here, in dependency order (people before their posts). */
export const demoSeeders: DemoSeeder[] = [];
