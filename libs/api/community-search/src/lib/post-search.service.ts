import { Injectable } from '@nestjs/common';
import { type IdeaEntity, IdeaService } from '@forum/api/ideas';
import { decodeCursor, encodeCursor, ForumException, SearchConfig } from '@forum/api/platform';
import { type QuestionEntity, QuestionService } from '@forum/api/qna';
import {
  SearchClient,
  type SearchQuery,
  type SearchResult,
  type SearchResultHit,
} from '@forum/api/search';
import { IdeaStatus, QuestionState } from '@forum/shared/domain';
import type { SearchArgs } from './dto/search.args.js';
import type { SearchFilter } from './dto/search-filter.input.js';
import { hasMatch, matchEnd, matchStart, type Segment, toSegments } from './highlight.js';
import { type PostDocument, postsEmbedder, postsIndex, type PostType } from './posts.index.js';
import { SearchSort } from './search-sort.enum.js';
import { maxQueryWords, searchTerms, similarQueries } from './similar-query.js';
import { searchUnavailable } from './search.exception.js';

const sortOf: Record<SearchSort, string[] | undefined> = {
  [SearchSort.Relevance]: undefined,
  [SearchSort.Newest]: ['createdAt:desc'],
  [SearchSort.Active]: ['lastActivityAt:desc'],
  [SearchSort.Top]: ['score:desc'],
};

/** Filterable document fields, each narrowed by one clause of the search filter. */
type FilterField = 'type' | 'product' | 'tags' | 'state' | 'answeredByStaff';

/**
 * The facets shown beside results: the document field each counts, and the values it keeps.
 * Questions' states and ideas' statuses share the `state` field and are told apart by value.
 */
const facets = {
  types: { field: 'type' },
  states: { field: 'state', values: new Set<string>(Object.values(QuestionState)) },
  ideaStatuses: { field: 'state', values: new Set<string>(Object.values(IdeaStatus)) },
  products: { field: 'product' },
  tags: { field: 'tags', max: 20 },
} satisfies Record<string, { field: FilterField; values?: Set<string>; max?: number }>;
type FacetName = keyof typeof facets;
type FacetCounts = Array<{ value: string; count: number }>;

const snippetFields = ['acceptedAnswer', 'body', 'answers'] as const;

export type FoundPost = { title: Segment[]; snippet: Segment[] } & (
  { type: 'question'; question: QuestionEntity } | { type: 'idea'; idea: IdeaEntity }
);

export interface SearchOutcome {
  hits: FoundPost[];
  total: number;
  facets: Record<FacetName, FacetCounts>;
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
    private readonly ideas: IdeaService,
    private readonly config: SearchConfig,
  ) {}

  /** Hybrid (keyword and semantic) search when an embedder is configured; nothing otherwise. */
  private get hybrid(): Pick<SearchQuery, 'hybrid'> {
    const semantic = this.config.semantic;
    return semantic ? { hybrid: { embedder: postsEmbedder, semanticRatio: semantic.ratio } } : {};
  }

  async find(args: SearchArgs): Promise<SearchOutcome> {
    const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
    const filters = filterClauses(args.filter ?? {});
    const facetFields = [...new Set(Object.values(facets).map((facet) => facet.field))];
    const q = searchTerms(args.query);
    const main: SearchQuery = {
      index: postsIndex.uid,
      q,
      filter: Object.values(filters),
      offset,
      limit: args.first,
      sort: sortOf[args.sort],
      facets: facetFields,
      attributesToRetrieve: ['id', 'type'],
      attributesToHighlight: ['title', ...snippetFields],
      attributesToCrop: [...snippetFields],
      cropLength: 28,
      highlightPreTag: matchStart,
      highlightPostTag: matchEnd,
      ...this.hybrid,
    };
    // A facet filtered on counts without its own filter, so the other values stay selectable.
    const filteredFields = facetFields.filter((field) => filters[field]);
    const facetQueries: SearchQuery[] = filteredFields.map((field) => ({
      index: postsIndex.uid,
      q,
      filter: Object.entries(filters)
        .filter(([other]) => other !== field)
        .map(([, clause]) => clause),
      limit: 0,
      facets: [field],
    }));
    const [result, ...facetResults] = await this.multiSearch([main, ...facetQueries]);
    const distribution = { ...result!.facetDistribution };
    filteredFields.forEach((field, i) => {
      distribution[field] = facetResults[i]!.facetDistribution?.[field] ?? {};
    });

    const hits = await this.visible(result!.hits, (hit, title) => ({
      title: toSegments(String(hit._formatted?.title ?? title)),
      snippet: snippetOf(hit._formatted ?? {}),
    }));
    const total = result!.estimatedTotalHits ?? hits.length;
    const next = offset + result!.hits.length;
    return {
      hits,
      total,
      facets: facetCountsOf(distribution),
      processingTimeMs: result!.processingTimeMs,
      endCursor: result!.hits.length > 0 ? encodeCursor([next]) : null,
      hasNextPage: next < total,
    };
  }

  /** Up to five questions like the one being asked: the most relevant, solved ones first. */
  async similar(title: string, body: string | null | undefined): Promise<FoundPost[]> {
    const queries = similarQueries(title, body);
    if (queries.join('').length < 3) return [];
    const hits = await this.similarHits('question', queries, ['solved'], 0.1);
    const ranked = [...hits].sort((a, b) => Number(b.solved) - Number(a.solved));
    return (await this.visible(ranked, titleOnly)).slice(0, 5);
  }

  /** Ideas like the one being proposed, those of `productId` first, so people vote instead. */
  async similarIdeas(
    title: string,
    productId: string | null | undefined,
    first: number,
  ): Promise<IdeaEntity[]> {
    if (title.trim().length < 3) return [];
    const hits = await this.similarHits('idea', [title], ['product'], 0.2);
    // A stable sort: within each group the engine's relevance order stays.
    const ranked = [...hits].sort(
      (a, b) => Number(b.product === productId) - Number(a.product === productId),
    );
    return (await this.visible(ranked, titleOnly))
      .flatMap((found) => (found.type === 'idea' ? [found.idea] : []))
      .slice(0, first);
  }

  /**
   * Suggestions while typing, best first. Titles are often whole sentences ("My password reset
   * link is already expired"): Meilisearch's default strategy drops the last words first and
   * then finds nothing, while the frequency strategy drops the most common words first and keeps
   * the rare ones that carry the meaning, but misses partial matches the default finds. Both run
   * in one request and the better score of each post counts. Each of `texts` (the title's terms,
   * then title and details) is looked up both ways, all in that one request.
   */
  private async similarHits(
    type: PostType,
    texts: string[],
    attributes: string[],
    /** Below this ranking score a hit is too far from the text to suggest. */
    threshold: number,
  ): Promise<Array<SearchResultHit<PostDocument>>> {
    const query = {
      index: postsIndex.uid,
      filter: [`type = "${type}"`],
      limit: 10,
      attributesToRetrieve: ['id', 'type', ...attributes],
      attributesToHighlight: ['title'],
      highlightPreTag: matchStart,
      highlightPostTag: matchEnd,
      showRankingScore: true,
      rankingScoreThreshold: threshold,
      ...this.hybrid,
    } satisfies SearchQuery;
    const results = await this.multiSearch(
      texts.flatMap((text) => {
        // Meilisearch reads at most ten words of a query; the title comes first and carries the meaning.
        const q = text.split(/\s+/).slice(0, maxQueryWords).join(' ');
        return [
          { ...query, q, matchingStrategy: 'last' as const },
          { ...query, q, matchingStrategy: 'frequency' as const },
        ];
      }),
    );
    const best = new Map<string, SearchResultHit<PostDocument>>();
    for (const hit of results.flatMap((result) => result.hits)) {
      const known = best.get(hit.id);
      if (!known || (hit._rankingScore ?? 0) > (known._rankingScore ?? 0)) best.set(hit.id, hit);
    }
    return [...best.values()].sort((a, b) => (b._rankingScore ?? 0) - (a._rankingScore ?? 0));
  }

  /**
   * The hits' posts as the database has them now, in hit order; hits of posts that were deleted
   * or merged a moment ago (their removal still on its way to the index) are dropped.
   */
  private async visible(
    hits: Array<SearchResultHit<PostDocument>>,
    shape: (
      hit: SearchResultHit<PostDocument>,
      title: string,
    ) => { title: Segment[]; snippet: Segment[] },
  ): Promise<FoundPost[]> {
    const idsOf = (type: PostType) => hits.filter((hit) => hit.type === type).map((hit) => hit.id);
    const [questions, ideas] = await Promise.all([
      this.questions.visibleByIds(idsOf('question')),
      this.ideas.visibleByIds(idsOf('idea')),
    ]);
    const questionById = new Map(questions.map((question) => [question.id, question]));
    const ideaById = new Map(ideas.map((idea) => [idea.id, idea]));
    return hits.flatMap((hit): FoundPost[] => {
      const question = hit.type === 'question' ? questionById.get(hit.id) : undefined;
      if (question) return [{ type: 'question', question, ...shape(hit, question.title) }];
      const idea = hit.type === 'idea' ? ideaById.get(hit.id) : undefined;
      if (idea) return [{ type: 'idea', idea, ...shape(hit, idea.title) }];
      return [];
    });
  }

  private async multiSearch(queries: SearchQuery[]): Promise<Array<SearchResult<PostDocument>>> {
    try {
      return await this.search.multiSearch<PostDocument>(queries);
    } catch (error) {
      if (error instanceof ForumException) throw error;
      throw searchUnavailable();
    }
  }
}

function filterClauses(filter: SearchFilter): Partial<Record<FilterField, string>> {
  const anyOf = (field: FilterField, values: readonly string[] | null | undefined) =>
    values?.length
      ? `${field} IN [${values.map((value) => JSON.stringify(value)).join(', ')}]`
      : undefined;
  const clauses: Record<FilterField, string | undefined> = {
    type: anyOf('type', filter.types),
    product: anyOf('product', filter.products),
    tags: anyOf('tags', filter.tags),
    // Question states and idea statuses are alternatives on the one state field.
    state: anyOf('state', [...(filter.states ?? []), ...(filter.ideaStatuses ?? [])]),
    answeredByStaff:
      filter.answeredByStaff === null || filter.answeredByStaff === undefined
        ? undefined
        : `answeredByStaff = ${filter.answeredByStaff}`,
  };
  return Object.fromEntries(Object.entries(clauses).filter(([, clause]) => clause));
}

/** The first cropped field that matched, else the start of the question. */
function snippetOf(formatted: Record<string, unknown>): Segment[] {
  const candidates = snippetFields.flatMap((field) => {
    const value = formatted[field];
    return Array.isArray(value) ? value.map(String) : value ? [String(value)] : [];
  });
  return toSegments(candidates.find(hasMatch) ?? String(formatted['body'] ?? ''));
}

function facetCountsOf(
  distribution: Record<string, Record<string, number> | undefined>,
): Record<FacetName, FacetCounts> {
  const counts = (name: FacetName): FacetCounts => {
    const facet: { field: FilterField; values?: Set<string>; max?: number } = facets[name];
    return Object.entries(distribution[facet.field] ?? {})
      .filter(([value]) => !facet.values || facet.values.has(value))
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, facet.max);
  };
  return {
    types: counts('types'),
    states: counts('states'),
    ideaStatuses: counts('ideaStatuses'),
    products: counts('products'),
    tags: counts('tags'),
  };
}

function titleOnly(hit: SearchResultHit<PostDocument>, title: string) {
  return { title: toSegments(String(hit._formatted?.title ?? title)), snippet: [] };
}
