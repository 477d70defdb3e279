export * from './lib/badges/badge.service.js';
export * from './lib/ledger/recompute.service.js';
export * from './lib/reputation.backfill.js';
export * from './lib/reputation.module.js';
