import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@forum/api/identity';
import { AnswerService } from './answers/answer.service.js';
import { ProductService } from './products/product.service.js';
import { qnaEntities } from './qna.entities.js';
import { AnswerResolver, QuestionResolver } from './qna.resolver.js';
import { QuestionService } from './questions/question.service.js';
import { TagService } from './tags/tag.service.js';
import { VoteService } from './votes/vote.service.js';

/** Questions, answers, votes and accepted solutions. */
@Module({
  imports: [TypeOrmModule.forFeature(qnaEntities), IdentityModule],
  providers: [
    AnswerResolver,
    AnswerService,
    ProductService,
    QuestionResolver,
    QuestionService,
    TagService,
    VoteService,
  ],
  exports: [QuestionService],
})
export class QnaModule {}
