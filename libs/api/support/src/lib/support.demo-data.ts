import type { INestApplicationContext } from '@nestjs/common';
import { seedRoutingDemoData } from './routing/routing.demo-data.js';

/** The support desk's demo data: expert areas, business hours and a lively inbox. */
export async function seedSupportDemoData(app: INestApplicationContext): Promise<string[]> {
  // Routing reads the inbox's cases and the experts' areas: it comes last.
  return [...(await seedRoutingDemoData(app))];
}
