import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@forum/api/identity';
import { NotificationsModule } from '@forum/api/notifications';
import { QnaModule } from '@forum/api/qna';
import { IdeaCommentResolver, IdeaCommentsResolver } from './comments/idea-comment.resolver.js';
import { IdeaCommentService } from './comments/idea-comment.service.js';
import { IdeaEvidenceResolver, QuestionIdeasResolver } from './evidence/evidence.resolver.js';
import { EvidenceService } from './evidence/evidence.service.js';
import { IdeaEvents } from './events/idea-events.js';
import { IdeasClock } from './ideas.clock.js';
import { ideaEntities } from './ideas.entities.js';
import { IdeasLoaders } from './ideas.loaders.js';
import { IdeaResolver } from './ideas/idea.resolver.js';
import { IdeaService } from './ideas/idea.service.js';
import { IdeaMergeService } from './ideas/merge.service.js';
import {
  IdeaInsightsResolver,
  IdeaVoteBreakdownResolver,
  IdeaVoteTrendResolver,
} from './insights/insights.resolver.js';
import { InsightsService } from './insights/insights.service.js';
import { IdeaNoteResolver, IdeaNotesResolver } from './notes/idea-note.resolver.js';
import { IdeaNoteService } from './notes/idea-note.service.js';
import { IdeaSearchSources } from './search-sources/idea-search-sources.service.js';
import { IdeaStatusChangeResolver, IdeaStatusResolver } from './status/idea-status.resolver.js';
import { IdeaStatusService } from './status/status.service.js';
import { IdeaVoteResolver, IdeaVotesResolver } from './votes/idea-vote.resolver.js';
import { IdeaVoteService } from './votes/vote.service.js';
import { VoteFolder } from './votes/vote-folder.js';

/**
 * Feature ideas: proposals, votes, statuses with notifications, evidence from questions,
 * merges, staff notes, and the insights product managers read.
 */
@Module({
  imports: [TypeOrmModule.forFeature(ideaEntities), IdentityModule, QnaModule, NotificationsModule],
  providers: [
    EvidenceService,
    IdeaCommentResolver,
    IdeaCommentService,
    IdeaCommentsResolver,
    IdeaEvents,
    IdeaEvidenceResolver,
    IdeaInsightsResolver,
    IdeaMergeService,
    IdeaNoteResolver,
    IdeaNoteService,
    IdeaNotesResolver,
    IdeaResolver,
    IdeaSearchSources,
    IdeaService,
    IdeaStatusChangeResolver,
    IdeaStatusResolver,
    IdeaStatusService,
    IdeaVoteBreakdownResolver,
    IdeaVoteResolver,
    IdeaVoteService,
    IdeaVoteTrendResolver,
    IdeaVotesResolver,
    IdeasClock,
    IdeasLoaders,
    InsightsService,
    QuestionIdeasResolver,
    VoteFolder,
  ],
  exports: [IdeaEvents, IdeaSearchSources, IdeaService, IdeasClock],
})
export class IdeasModule {}
