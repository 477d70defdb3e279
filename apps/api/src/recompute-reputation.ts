import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { forMaintenance, loadConfigFromEnvironment } from '@forum/api/platform';
import { RecomputeService } from '@forum/api/reputation';
import { AppModule } from '@forum/api/composition';

/**
 * Rebuilds every stored reputation total from the ledger and prints what it repaired. On a
 * consistent database it changes nothing. Safe while the API runs: writes wait for it briefly.
 */
// Maintenance statements may run longer than the API's own (DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS).
const config = forMaintenance(loadConfigFromEnvironment());
const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
  logger: ['error', 'warn'],
});
try {
  const report = await app.get(RecomputeService).recompute();
  for (const fix of report.repaired)
    process.stdout.write(
      `Repaired ${fix.userId}: stored ${fix.stored}, ledger says ${fix.actual}\n`,
    );
  process.stdout.write(
    `Reputation totals checked for ${report.people} people with ledger rows; ${report.repaired.length} repaired.\n`,
  );
} finally {
  await app.close();
}
