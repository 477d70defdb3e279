import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdeasModule } from '@forum/api/ideas';
import { IdentityModule } from '@forum/api/identity';
import { NotificationsModule } from '@forum/api/notifications';
import { QnaModule } from '@forum/api/qna';
import { BadgeJobs } from './badges/badge.jobs.js';
import { BadgeService } from './badges/badge.service.js';
import { LeaderboardService } from './leaderboard/leaderboard.service.js';
import { LedgerService } from './ledger/ledger.service.js';
import { RecomputeService } from './ledger/recompute.service.js';
import { ReputationRules } from './ledger/reputation-rules.service.js';
import { ReputationBackfill } from './reputation.backfill.js';
import { reputationEntities } from './reputation.entities.js';
import { ReputationListener } from './reputation.listener.js';
import { ReputationLoaders } from './reputation.loaders.js';
import {
  BadgeAwardResolver,
  BadgeResolver,
  LeaderboardEntryResolver,
  ReputationChangeResolver,
  ReputationResolver,
  UserReputationResolver,
} from './reputation.resolver.js';

/** Reputation ledger, badges, leaderboards and the reputation side of public profiles. */
@Module({
  imports: [
    TypeOrmModule.forFeature(reputationEntities),
    IdentityModule,
    IdeasModule,
    NotificationsModule,
    QnaModule,
  ],
  providers: [
    BadgeAwardResolver,
    BadgeJobs,
    BadgeResolver,
    BadgeService,
    LeaderboardEntryResolver,
    LeaderboardService,
    LedgerService,
    RecomputeService,
    ReputationBackfill,
    ReputationChangeResolver,
    ReputationListener,
    ReputationLoaders,
    ReputationResolver,
    ReputationRules,
    UserReputationResolver,
  ],
  exports: [BadgeService, RecomputeService, ReputationBackfill],
})
export class ReputationModule {}
