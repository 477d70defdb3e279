import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigFromEnvironment } from '@forum/api/platform';
import { RoutingService, SolvedReminders, SupportDeskTick } from '@forum/api/support';
import { AppModule } from '@forum/api/composition';

/**
 * Runs the support desk's scheduled work once, as of now: releases stale claims, climbs the
 * escalation ladder, tells the top suggested expert about unclaimed questions and asks askers
 * whether their question is solved. The API does the same on its schedule (every minute, the
 * reminders every quarter hour); this catches up at once after downtime, and lets browser
 * journeys run it right after moving the clock. Every step is idempotent, so running it while the
 * API runs changes nothing twice.
 */
const app = await NestFactory.createApplicationContext(
  AppModule.forRoot(loadConfigFromEnvironment()),
  { logger: ['error', 'warn'] },
);
try {
  const desk = await app.get(SupportDeskTick).tick();
  const routed = await app.get(RoutingService).tick();
  const reminded = await app.get(SolvedReminders).tick();
  process.stdout.write(
    `Claims released: ${desk.released}; escalations: ${desk.escalations}; routing notices: ${routed.length}; solved reminders: ${reminded}.\n`,
  );
} finally {
  await app.close();
}
