import type { INestApplicationContext } from '@nestjs/common';
import { IndexMaintenance } from './index-maintenance.js';

/**
 * Demo posts are written straight to the database, without the events that queue index jobs:
 * builds the index from the database when posts are missing from it, so the demo finds them.
 * @returns lines for the console
 */
export async function seedSearchDemoData(app: INestApplicationContext): Promise<string[]> {
  const maintenance = app.get(IndexMaintenance);
  const report = await maintenance.check();
  if (report.missing.length === 0) return [];
  const { documents } = await maintenance.rebuild();
  return [`Search index built with ${documents} documents.`];
}
