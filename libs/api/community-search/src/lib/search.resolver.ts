import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Idea, toIdea } from '@forum/api/ideas';
import { CurrentViewer, type Viewer } from '@forum/api/identity';
import { toQuestion } from '@forum/api/qna';
import { RecordSuggestionVisitInput } from './dto/record-suggestion-visit.input.js';
import { SearchArgs } from './dto/search.args.js';
import { SimilarIdeasArgs } from './dto/similar-ideas.args.js';
import { SimilarQuestionsArgs } from './dto/similar-questions.args.js';
import { type FoundPost, PostSearchService } from './post-search.service.js';
import { SearchHit } from './search-hit.model.js';
import { SearchResults } from './search-results.model.js';
import { SuggestionVisits } from './suggestion-visits.js';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly posts: PostSearchService,
    private readonly suggestionVisits: SuggestionVisits,
  ) {}

  @Query(() => SearchResults, {
    description:
      'Searches questions with their answers and feature ideas: typo-tolerant, English and German. Fails with SEARCH_UNAVAILABLE while the search engine is down.',
  })
  async search(@Args() args: SearchArgs): Promise<SearchResults> {
    const outcome = await this.posts.find(args);
    return {
      hits: outcome.hits.map(toHit),
      total: outcome.total,
      facets: outcome.facets,
      processingTimeMs: outcome.processingTimeMs,
      pageInfo: { endCursor: outcome.endCursor, hasNextPage: outcome.hasNextPage },
    };
  }

  @Query(() => [SearchHit], {
    description:
      'Up to five existing questions like the one being asked, solved ones first; for the ask form.',
  })
  async similarQuestions(@Args() args: SimilarQuestionsArgs): Promise<SearchHit[]> {
    return (await this.posts.similar(args.title, args.body)).map(toHit);
  }

  @Query(() => [Idea], {
    description:
      'Ideas like the one being typed, those of the given product first, to vote instead of repeating. Fails with SEARCH_UNAVAILABLE while the search engine is down.',
  })
  async similarIdeas(@Args() args: SimilarIdeasArgs): Promise<Idea[]> {
    return (await this.posts.similarIdeas(args.title, args.productId, args.first)).map(toIdea);
  }

  @Mutation(() => Boolean, {
    description:
      'Records that the asker opened a suggested question from the ask form (self-service analytics).',
  })
  async recordSuggestionVisit(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The opened suggestion.' }) input: RecordSuggestionVisitInput,
  ): Promise<boolean> {
    await this.suggestionVisits.record(viewer, input.draftId, input.questionId);
    return true;
  }
}

function toHit(found: FoundPost): SearchHit {
  return {
    type: found.type,
    question: found.type === 'question' ? toQuestion(found.question) : null,
    idea: found.type === 'idea' ? toIdea(found.idea) : null,
    title: found.title,
    snippet: found.snippet,
  };
}
