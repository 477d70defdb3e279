import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@forum/api/identity';
import { AnswerService } from './answers/answer.service.js';
import { CommentService } from './comments/comment.service.js';
import { ConfirmationService } from './confirmations/confirmation.service.js';
import { QnaEvents } from './events/qna-events.js';
import { QnaPrivileges } from './privileges/qna-privileges.js';
import { ProductService } from './products/product.service.js';
import { qnaEntities } from './qna.entities.js';
import { QnaLoaders } from './qna.loaders.js';
import {
  AnswerResolver,
  CommentResolver,
  QuestionResolver,
  RevisionResolver,
} from './qna.resolver.js';
import { QuestionModerationService } from './questions/question-moderation.service.js';
import { QuestionService } from './questions/question.service.js';
import { QuestionSearchSources } from './search-sources/question-search-sources.service.js';
import { EditService } from './revisions/edit.service.js';
import { TagService } from './tags/tag.service.js';
import { QnaStats } from './stats/qna-stats.service.js';
import { ViewService } from './views/view.service.js';
import { VoteService } from './votes/vote.service.js';

/** Questions, answers, comments, votes, accepted solutions, edits and their history. */
@Module({
  imports: [TypeOrmModule.forFeature(qnaEntities), IdentityModule],
  providers: [
    AnswerResolver,
    AnswerService,
    CommentResolver,
    CommentService,
    ConfirmationService,
    EditService,
    ProductService,
    QnaEvents,
    QnaLoaders,
    QnaPrivileges,
    QnaStats,
    QuestionModerationService,
    QuestionResolver,
    QuestionSearchSources,
    QuestionService,
    RevisionResolver,
    TagService,
    ViewService,
    VoteService,
  ],
  exports: [QnaEvents, QnaStats, QuestionSearchSources, QuestionService],
})
export class QnaModule {}
