import { BadgeAwardEntity } from './badges/badge-award.entity.js';
import { ReputationChangeEntity } from './ledger/reputation-change.entity.js';

export const reputationEntities = [ReputationChangeEntity, BadgeAwardEntity];
