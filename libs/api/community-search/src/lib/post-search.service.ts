import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, ForumException } from '@forum/api/platform';
import { type QuestionEntity, QuestionService } from '@forum/api/qna';
import { type PostDocument, postsIndex, SearchClient } from '@forum/api/search';
import type { MultiSearchParams, MultiSearchQuery, SearchResponse } from 'meilisearch';
import { hasMatch, matchEnd, matchStart, type Segment, toSegments } from './highlight.js';
import { searchUnavailable } from './search.exception.js';
import { type SearchArgs, type SearchFilter, SearchSort } from './search.inputs.js';

const sortOf: Record<SearchSort, string[] | undefined> = {
  [SearchSort.Relevance]: undefined,
  [SearchSort.Newest]: ['createdAt:desc'],
  [SearchSort.Active]: ['lastActivityAt:desc'],
  [SearchSort.Top]: ['score:desc'],
};

/** The facets shown beside results, by document field. */
const facetFields = { products: 'product', tags: 'tags', states: 'state' } as const;
type FacetName = keyof typeof facetFields;

const snippetFields = ['acceptedAnswer', 'body', 'answers'] as const;

export interface FoundPost {
  question: QuestionEntity;
  title: Segment[];
  snippet: Segment[];
}

export interface SearchOutcome {
  hits: FoundPost[];
  total: number;
  facets: Record<FacetName, Array<{ value: string; count: number }>>;
  processingTimeMs: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Queries the posts index. Hits are re-read from the database before they are shown, so a post
 * deleted a moment ago never appears even while its removal is still on its way to the index.
 */
@Injectable()
export class PostSearchService {
  constructor(
    private readonly search: SearchClient,
    private readonly questions: QuestionService,
  ) {}

  async find(args: SearchArgs): Promise<SearchOutcome> {
    const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    const filters = filterClauses(args.filter ?? {});
    const indexUid = this.search.indexUid(postsIndex.uid);
    const main: MultiSearchQuery = {
      indexUid,
      q: args.query,
      filter: Object.values(filters),
      offset,
      limit: args.first,
      sort: sortOf[args.sort],
      facets: Object.values(facetFields),
      attributesToRetrieve: ['id'],
      attributesToHighlight: ['title', ...snippetFields],
      attributesToCrop: [...snippetFields],
      cropLength: 28,
      highlightPreTag: matchStart,
      highlightPostTag: matchEnd,
    };
    // A facet filtered on counts without its own filter, so the other values stay selectable.
    const filteredFacets = (Object.keys(facetFields) as FacetName[]).filter(
      (name) => filters[name],
    );
    const facetQueries: MultiSearchQuery[] = filteredFacets.map((name) => ({
      indexUid,
      q: args.query,
      filter: Object.entries(filters)
        .filter(([other]) => other !== name)
        .map(([, clause]) => clause),
      limit: 0,
      facets: [facetFields[name]],
    }));
    const [result, ...facetResults] = await this.multiSearch([main, ...facetQueries]);
    const distribution = { ...result!.facetDistribution };
    filteredFacets.forEach((name, i) => {
      distribution[facetFields[name]] =
        facetResults[i]!.facetDistribution?.[facetFields[name]] ?? {};
    });

    const questions = await this.questions.visibleByIds(result!.hits.map((hit) => hit.id));
    const byId = new Map(questions.map((question) => [question.id, question]));
    const hits = result!.hits.flatMap((hit) => {
      const question = byId.get(hit.id);
      if (!question) return [];
      const formatted = hit._formatted ?? {};
      return [
        {
          question,
          title: toSegments(String(formatted.title ?? question.title)),
          snippet: snippetOf(formatted),
        },
      ];
    });
    const total = result!.estimatedTotalHits ?? hits.length;
    const next = offset + result!.hits.length;
    return {
      hits,
      total,
      facets: {
        products: facetCounts(distribution['product']),
        tags: facetCounts(distribution['tags']).slice(0, 20),
        states: facetCounts(distribution['state']),
      },
      processingTimeMs: result!.processingTimeMs,
      endCursor: result!.hits.length > 0 ? encodeCursor([next]) : null,
      hasNextPage: next < total,
    };
  }

  /** Up to five questions like the one being asked: the most relevant, solved ones first. */
  async similar(title: string, body: string | null | undefined): Promise<FoundPost[]> {
    const words = `${title} ${body ?? ''}`.trim().split(/\s+/);
    if (words.join('').length < 3) return [];
    const [result] = await this.multiSearch([
      {
        indexUid: this.search.indexUid(postsIndex.uid),
        // Meilisearch reads at most ten words of a query; the title carries the meaning.
        q: words.slice(0, 10).join(' '),
        filter: ['type = "question"'],
        limit: 10,
        attributesToRetrieve: ['id', 'solved'],
        attributesToHighlight: ['title'],
        highlightPreTag: matchStart,
        highlightPostTag: matchEnd,
        rankingScoreThreshold: 0.2,
      },
    ]);
    const ranked = [...result!.hits].sort((a, b) => Number(b.solved) - Number(a.solved));
    const questions = await this.questions.visibleByIds(ranked.map((hit) => hit.id));
    const byId = new Map(questions.map((question) => [question.id, question]));
    return ranked
      .flatMap((hit) => {
        const question = byId.get(hit.id);
        return question
          ? [
              {
                question,
                title: toSegments(String(hit._formatted?.title ?? question.title)),
                snippet: [],
              },
            ]
          : [];
      })
      .slice(0, 5);
  }

  private async multiSearch(
    queries: MultiSearchQuery[],
  ): Promise<Array<SearchResponse<PostDocument>>> {
    try {
      const { results } = await this.search.meilisearch.multiSearch<
        MultiSearchParams,
        PostDocument
      >({
        queries,
      });
      return results;
    } catch (error) {
      if (error instanceof ForumException) throw error;
      throw searchUnavailable();
    }
  }
}

function filterClauses(
  filter: SearchFilter,
): Partial<Record<FacetName | 'type' | 'staff', string>> {
  const anyOf = (field: string, values: readonly string[] | null | undefined) =>
    values?.length
      ? `${field} IN [${values.map((value) => JSON.stringify(value)).join(', ')}]`
      : undefined;
  const clauses = {
    type: 'type = "question"',
    products: anyOf('product', filter.products),
    tags: anyOf('tags', filter.tags),
    states: anyOf('state', filter.states),
    staff:
      filter.answeredByStaff === null || filter.answeredByStaff === undefined
        ? undefined
        : `answeredByStaff = ${filter.answeredByStaff}`,
  };
  return Object.fromEntries(Object.entries(clauses).filter(([, clause]) => clause)) as Partial<
    Record<FacetName | 'type' | 'staff', string>
  >;
}

/** The first cropped field that matched, else the start of the question. */
function snippetOf(formatted: Record<string, unknown>): Segment[] {
  const candidates = snippetFields.flatMap((field) => {
    const value = formatted[field];
    return Array.isArray(value) ? value.map(String) : value ? [String(value)] : [];
  });
  return toSegments(candidates.find(hasMatch) ?? String(formatted['body'] ?? ''));
}

function facetCounts(
  distribution: Record<string, number> | undefined,
): Array<{ value: string; count: number }> {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
