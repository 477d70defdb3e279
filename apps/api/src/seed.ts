import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { forMaintenance, loadConfigFromEnvironment } from '@forum/api/platform';
import { AppModule } from '@forum/api/composition';
import { demoSeeders } from './app/demo-seeders.js';

/**
 * Fills an empty database with deterministic demo data (fixed ids, known passwords) through the
 * same services the API uses, so search, counters and jobs see it like any other write. A
 * database that already holds data is left alone. Its statements may run as long as any
 * maintenance command's (DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS).
 */
const config = forMaintenance(loadConfigFromEnvironment());
const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
  logger: ['error', 'warn'],
});
try {
  for (const seed of demoSeeders) {
    const seeded = await seed(app);
    for (const line of seeded) process.stdout.write(`${line}\n`);
  }
} finally {
  await app.close();
}
