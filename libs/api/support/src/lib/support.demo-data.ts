import type { INestApplicationContext } from '@nestjs/common';
import { seedDeskDemoData } from './desk/desk.demo-data.js';

/** The support desk's demo data: expert areas, business hours and a lively inbox. */
export async function seedSupportDemoData(app: INestApplicationContext): Promise<string[]> {
  return [...(await seedDeskDemoData(app))];
}
