import type { INestApplicationContext } from '@nestjs/common';
import { ReputationBackfill } from './reputation.backfill.js';

/** Gives the demo people the reputation and badges their demo votes and solutions earned. */
export async function seedReputationDemoData(app: INestApplicationContext): Promise<string[]> {
  const report = await app.get(ReputationBackfill).run();
  if (!report || report.events === 0) return [];
  return [
    `Reputation: ${report.ledgerRows} ledger rows from ${report.events} votes and solutions, ${report.badges} badges`,
  ];
}
