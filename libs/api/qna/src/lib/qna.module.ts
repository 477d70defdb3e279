import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@forum/api/identity';
import { AnswerHistory } from './answer-history/answer-history.service.js';
import { AnswerListResolver } from './answers/answer-list.resolver.js';
import { AnswerResolver } from './answers/answer.resolver.js';
import { AnswersByAuthor } from './answers/answers-by-author.service.js';
import { AnswerService } from './answers/answer.service.js';
import { CommentLoader } from './comments/comment.loader.js';
import { CommentResolver } from './comments/comment.resolver.js';
import { CommentService } from './comments/comment.service.js';
import { ConfirmationLoader } from './confirmations/confirmation.loader.js';
import { ConfirmationResolver } from './confirmations/confirmation.resolver.js';
import { ConfirmationService } from './confirmations/confirmation.service.js';
import { QnaEvents } from './events/qna-events.js';
import { MentionResolver } from './mentions/mention.resolver.js';
import { MentionService } from './mentions/mention.service.js';
import { VisiblePosts } from './posts/visible-posts.service.js';
import { QuestionActivityLive, QuestionActivityResolver } from './live/question-activity.js';
import { QnaPrivileges } from './privileges/qna-privileges.js';
import { ProductLoader } from './products/product.loader.js';
import { ProductResolver } from './products/product.resolver.js';
import { ProductService } from './products/product.service.js';
import { PostModerationResolver } from './moderation/post-moderation.resolver.js';
import { PostModeration } from './moderation/post-moderation.service.js';
import { StaffPostActions } from './moderation/staff-post-actions.service.js';
import { qnaEntities } from './qna.entities.js';
import { QuestionModerationService } from './questions/question-moderation.service.js';
import { QuestionResolver } from './questions/question.resolver.js';
import { QuestionService } from './questions/question.service.js';
import { QuestionSearchSources } from './search-sources/question-search-sources.service.js';
import { EditService } from './revisions/edit.service.js';
import { RevisionResolver } from './revisions/revision.resolver.js';
import { QnaStats } from './stats/qna-stats.service.js';
import { TagResolver } from './tags/tag.resolver.js';
import { TagService } from './tags/tag.service.js';
import { ViewResolver } from './views/view.resolver.js';
import { ViewService } from './views/view.service.js';
import { VoteLoader } from './votes/vote.loader.js';
import { VoteResolver } from './votes/vote.resolver.js';
import { VoteService } from './votes/vote.service.js';
import { SolvedCheckReads } from './solved-check-reads/solved-check-reads.service.js';
import { QuestionDeskReads } from './support-reads/question-desk-reads.js';

/** Questions, answers, comments, votes, accepted solutions, edits and their history. */
@Module({
  imports: [TypeOrmModule.forFeature(qnaEntities), IdentityModule],
  providers: [
    AnswerHistory,
    AnswerListResolver,
    AnswerResolver,
    AnswerService,
    AnswersByAuthor,
    CommentLoader,
    CommentResolver,
    CommentService,
    ConfirmationLoader,
    ConfirmationResolver,
    ConfirmationService,
    EditService,
    MentionResolver,
    MentionService,
    ProductLoader,
    ProductResolver,
    PostModeration,
    PostModerationResolver,
    ProductService,
    QnaEvents,
    QnaPrivileges,
    QnaStats,
    QuestionActivityLive,
    QuestionActivityResolver,
    QuestionModerationService,
    QuestionResolver,
    QuestionSearchSources,
    QuestionService,
    RevisionResolver,
    StaffPostActions,
    TagResolver,
    TagService,
    ViewResolver,
    ViewService,
    VoteLoader,
    VoteResolver,
    VoteService,
    VisiblePosts,
    SolvedCheckReads,
    QuestionDeskReads,
  ],
  exports: [
    AnswerHistory,
    CommentService,
    PostModeration,
    PostModerationResolver,
    ProductService,
    QnaEvents,
    QnaStats,
    QuestionSearchSources,
    QuestionService,
    VisiblePosts,
    TagService,
    SolvedCheckReads,
    QuestionDeskReads,
  ],
})
export class QnaModule {}
