import type { INestApplicationContext } from '@nestjs/common';
import { seedAreasDemoData } from './areas/areas.demo-data.js';

/** The support desk's demo data: expert areas, business hours and a lively inbox. */
export async function seedSupportDemoData(app: INestApplicationContext): Promise<string[]> {
  return [...(await seedAreasDemoData(app))];
}
