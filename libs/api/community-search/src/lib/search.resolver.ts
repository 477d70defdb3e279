import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@forum/api/identity';
import { toQuestion } from '@forum/api/qna';
import { type FoundPost, PostSearchService } from './post-search.service.js';
import { RecordSuggestionVisitInput, SearchArgs, SimilarQuestionsArgs } from './search.inputs.js';
import { SearchHit, SearchResults } from './search.models.js';
import { SuggestionVisits } from './suggestion-visits.js';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly posts: PostSearchService,
    private readonly suggestionVisits: SuggestionVisits,
  ) {}

  @Query(() => SearchResults, {
    description:
      'Searches questions with their answers: typo-tolerant, English and German. Fails with SEARCH_UNAVAILABLE while the search engine is down.',
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
  return { question: toQuestion(found.question), title: found.title, snippet: found.snippet };
}
