import type pg from 'pg';
import type { HttpRequest } from './load.js';

/** The operations the web app sends for each page, with the same selections. */
const author = 'id displayName isStaff staffTitle isDeleted reputation badges { id tier }';
const comment = `id body createdAt author { ${author} }`;

export const operations = {
  questionPage: `query QuestionDetail($id: ID!) { question(id: $id) {
    id slug title body state score viewerVote tags language createdAt lastActivityAt viewCount answerCount
    isDeleted closeReason duplicateOf { id slug title } duplicates { id slug title }
    product { id name slug } author { ${author} } acceptedAnswerId acceptedAt
    acceptedBy { id displayName isStaff staffTitle } comments { ${comment} }
    answers { id body score viewerVote viewerConfirmed createdAt confirmations { people organisations }
      author { ${author} } comments { ${comment} } } } }`,
  questionList: `query Questions($filter: QuestionFilter, $orderBy: QuestionOrder, $first: Int!) {
    questions(filter: $filter, orderBy: $orderBy, first: $first) { totalCount
      edges { cursor node { id slug title language state score answerCount tags createdAt lastActivityAt
        product { id name } author { ${author} } } }
      pageInfo { endCursor hasNextPage } } }`,
  search: `query Search($query: String!, $filter: SearchFilter, $first: Int) {
    search(query: $query, filter: $filter, first: $first) { total processingTimeMs
      hits { question { id slug title state answerCount product { id name } } title { text match } snippet { text match } }
      facets { products { value count } tags { value count } states { value count } }
      pageInfo { hasNextPage endCursor } } }`,
  similarQuestions: `query SimilarQuestions($title: String!) {
    similarQuestions(title: $title) { question { id slug title state } title { text match } } }`,
  ideaBoard: `query Ideas($filter: IdeaFilter, $orderBy: IdeaOrder) {
    ideas(filter: $filter, orderBy: $orderBy, first: 20) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id title status voteCount commentCount createdAt product { id name } viewerVote { importance } } } } }`,
  ideaInsights: `query IdeaInsights($filter: IdeaInsightFilter, $orderBy: IdeaInsightOrder) {
    ideaInsights(filter: $filter, orderBy: $orderBy, first: 50) { today
      rows { ideaId title status productName votes periodVotes weightedVotes organisations
        votesLast14Days votesPrevious14Days trend askers } } }`,
  vote: `mutation Vote($input: VoteInput!) { vote(input: $input) { id score } }`,
  ask: `mutation AskQuestion($input: AskQuestionInput!) { askQuestion(input: $input) { id slug } }`,
  signIn: `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }`,
};

export function graphqlRequest(
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): HttpRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  };
}

/** What the scenarios draw their requests from: real rows of the benchmark database. */
export interface Samples {
  questionIds: string[];
  answerIds: string[];
  productIds: string[];
  ideaIds: string[];
  /** Signed-in members with enough reputation to post freely and downvote. */
  memberCookies: string[];
  productManagerCookie: string;
  searchQueries: string[];
  titles: string[];
}

/** A scenario: how to make its next request, and whether its raw engine is PostgreSQL or Meilisearch. */
export interface Scenario {
  name: string;
  engine: 'postgres' | 'meilisearch';
  /** Writes replay in a rolled-back transaction in the raw baseline. */
  writes?: boolean;
  /** Takes back what recording wrote, when replaying its statements would otherwise collide. */
  undoRecording?(db: pg.Client, since: Date): Promise<void>;
  /** The id of the row a write created, from its response: the replay maps it to its own row's. */
  created?(data: Record<string, { id: string }>): string;
  next(samples: Samples, i: number): HttpRequest;
}

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length]!;
const orders = ['NEWEST', 'ACTIVE', 'TOP'] as const;
const states = [['SOLVED'], ['OPEN'], ['ANSWERED', 'SOLVED']] as const;

export const scenarios: Scenario[] = [
  {
    name: 'question_page',
    engine: 'postgres',
    next: (s, i) => graphqlRequest(operations.questionPage, { id: pick(s.questionIds, i * 7919) }),
  },
  {
    name: 'question_list',
    engine: 'postgres',
    // Each sort in turn, every other request within one product area.
    next: (s, i) =>
      graphqlRequest(operations.questionList, {
        orderBy: pick(orders, i),
        first: 20,
        filter: i % 2 === 0 ? { productId: pick(s.productIds, i >> 1) } : null,
      }),
  },
  {
    name: 'search',
    engine: 'meilisearch',
    // Typical one to three word queries with typos; every third with a filter.
    next: (s, i) =>
      graphqlRequest(operations.search, {
        query: pick(s.searchQueries, i * 31),
        first: 20,
        filter:
          i % 3 === 0
            ? { products: [pick(s.productIds, i)] }
            : i % 3 === 1
              ? { states: pick(states, i) }
              : null,
      }),
  },
  {
    name: 'similar_questions',
    engine: 'meilisearch',
    next: (s, i) => graphqlRequest(operations.similarQuestions, { title: pick(s.titles, i * 13) }),
  },
  {
    name: 'idea_board',
    engine: 'postgres',
    next: (s, i) =>
      graphqlRequest(operations.ideaBoard, {
        orderBy: pick(['TOP', 'TRENDING', 'NEWEST'], i),
        filter: i % 2 === 0 ? { productId: pick(s.productIds, i >> 1) } : null,
      }),
  },
  {
    name: 'idea_insights',
    engine: 'postgres',
    next: (s, i) =>
      graphqlRequest(
        operations.ideaInsights,
        {
          orderBy: pick(['VOTES', 'WEIGHTED_VOTES', 'ORGANISATIONS', 'TRENDING'], i),
          filter: i % 2 === 0 ? { productId: pick(s.productIds, i >> 1) } : null,
        },
        s.productManagerCookie,
      ),
  },
  {
    name: 'vote',
    engine: 'postgres',
    writes: true,
    undoRecording: undoVotes,
    next: (s, i) =>
      graphqlRequest(
        operations.vote,
        {
          input: {
            target: 'ANSWER',
            id: pick(s.answerIds, i * 104_729),
            direction: pick(['UP', 'UP', 'DOWN', 'NONE'], i),
          },
        },
        pick(s.memberCookies, i),
      ),
  },
  {
    name: 'ask_question',
    engine: 'postgres',
    writes: true,
    created: (data) => data['askQuestion']!.id,
    next: (s, i) =>
      graphqlRequest(
        operations.ask,
        {
          input: {
            title: `${pick(s.titles, i * 17)} (${i})`.slice(0, 150),
            body: 'Asked during the benchmark. It started after the last update and happens every time.',
            productId: pick(s.productIds, i),
            tags: ['benchmark'],
          },
        },
        pick(s.memberCookies, i),
      ),
  },
];

/**
 * Takes back the votes cast while recording (and what they earned), so replaying their
 * statements meets the same state the API met.
 */
async function undoVotes(db: pg.Client, since: Date): Promise<void> {
  await db.query('BEGIN');
  const touched = await db.query(
    'DELETE FROM answer_vote WHERE created_at >= $1 RETURNING answer_id',
    [since],
  );
  await db.query(
    `UPDATE answer a SET score = coalesce((SELECT sum(value) FROM answer_vote v WHERE v.answer_id = a.id), 0)
      WHERE a.id = ANY($1::uuid[])`,
    [touched.rows.map((row: { answer_id: string }) => row.answer_id)],
  );
  const ledger = await db.query(
    'DELETE FROM reputation_change WHERE created_at >= $1 RETURNING user_id',
    [since],
  );
  await db.query(
    `UPDATE user_account u SET reputation = coalesce((SELECT sum(delta) FROM reputation_change r WHERE r.user_id = u.id), 0)
      WHERE u.id = ANY($1::uuid[])`,
    [ledger.rows.map((row: { user_id: string }) => row.user_id)],
  );
  await db.query('COMMIT');
}
